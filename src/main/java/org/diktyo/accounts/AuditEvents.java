package org.diktyo.accounts;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {

    @Query("select e from AuditEvent e order by e.id desc")
    List<AuditEvent> findLatest(Pageable page);
}
