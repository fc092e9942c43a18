package org.diktyo.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    @Query("select m from OutboxMessage m order by m.id desc")
    List<OutboxMessage> findLatest(Pageable page);

    @Query("select m.id from OutboxMessage m where m.status = 'QUEUED' and m.nextAttemptAt <= :now order by m.id")
    List<Long> findDue(@Param("now") Instant now, Pageable page);

    /** Claims a due message for this instance; 1 if it won the claim, 0 if another did. */
    @Modifying
    @Query("update OutboxMessage m set m.nextAttemptAt = :lease where m.id = :id and m.status = 'QUEUED' and m.nextAttemptAt <= :now")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("lease") Instant lease);
}
