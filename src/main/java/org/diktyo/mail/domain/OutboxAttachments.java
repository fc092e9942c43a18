package org.diktyo.mail.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxAttachments extends JpaRepository<OutboxAttachment, Long> {

    /** The attachments of these messages, without their bytes. */
    @Query("select new org.diktyo.mail.domain.OutboxAttachment$Listed(a.outboxId, a.seq, a.filename, a.contentType, a.size)"
            + " from OutboxAttachment a where a.outboxId in :ids order by a.outboxId, a.seq")
    List<OutboxAttachment.Listed> listed(@Param("ids") Collection<Long> outboxIds);

    List<OutboxAttachment> findByOutboxIdOrderBySeq(long outboxId);

    Optional<OutboxAttachment> findByOutboxIdAndSeq(long outboxId, int seq);
}
