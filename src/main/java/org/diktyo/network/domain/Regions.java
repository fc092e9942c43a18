package org.diktyo.network.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Regions extends JpaRepository<Region, String> {

    List<Region> findAllByOrderBySortNo();
}
