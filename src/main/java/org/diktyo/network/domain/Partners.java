package org.diktyo.network.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Partners extends JpaRepository<Partner, String> {

    List<Partner> findAllByOrderBySortNo();
}
