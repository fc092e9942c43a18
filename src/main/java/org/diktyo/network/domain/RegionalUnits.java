package org.diktyo.network.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionalUnits extends JpaRepository<RegionalUnit, Integer> {
}
