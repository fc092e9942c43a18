package org.diktyo.network.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Contacts extends JpaRepository<Contact, String> {

    List<Contact> findByMunicipalityIdOrderByKindAscFullNameAsc(String municipalityId);

    Optional<Contact> findByIdAndMunicipalityId(String id, String municipalityId);
}
