package org.diktyo.network.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipChanges extends JpaRepository<MembershipChange, Long> {

    List<MembershipChange> findByMunicipalityIdOrderByEffectiveOnDescIdDesc(String municipalityId);
}
