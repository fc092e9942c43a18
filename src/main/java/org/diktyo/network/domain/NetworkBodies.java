package org.diktyo.network.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkBodies extends JpaRepository<NetworkBody, String> {

    List<NetworkBody> findAllByOrderBySortNo();
}
