package org.diktyo.mail.domain;

import java.util.Collection;
import java.util.List;

import org.diktyo.mail.DeliveryStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    @Query("select m from OutboxMessage m order by m.id desc")
    List<OutboxMessage> findLatest(Pageable page);

    Page<OutboxMessage> findAllByOrderByIdDesc(Pageable page);

    Page<OutboxMessage> findByStatusOrderByIdDesc(DeliveryStatus status, Pageable page);

    Page<OutboxMessage> findByPurposeOrderByIdDesc(String purpose, Pageable page);

    Page<OutboxMessage> findByStatusAndPurposeOrderByIdDesc(DeliveryStatus status, String purpose, Pageable page);

    List<OutboxMessage> findByReferenceOrderByIdAsc(String reference);

    @Query("select m from OutboxMessage m where m.reference in :refs order by m.id asc")
    List<OutboxMessage> findByReferences(@Param("refs") Collection<String> references);

    @Query("select distinct m.purpose from OutboxMessage m order by m.purpose")
    List<String> purposes();

    @Query("select m.status, count(m) from OutboxMessage m group by m.status")
    List<Object[]> countByStatus();
}
