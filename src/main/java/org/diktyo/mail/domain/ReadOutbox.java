package org.diktyo.mail.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.diktyo.mail.DeliveryStatus;
import org.diktyo.mail.OutboxEntry;
import org.diktyo.platform.Problem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the outbox holds and what became of each message, newest first. */
@Service
@Transactional(readOnly = true)
public class ReadOutbox {

    public static final int MAX_SIZE = 200;

    private final OutboxMessages messages;
    private final OutboxAttachments attachments;

    ReadOutbox(OutboxMessages messages, OutboxAttachments attachments) {
        this.messages = messages;
        this.attachments = attachments;
    }

    /** One page of entries. */
    public record Found(List<OutboxEntry> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A page of the outbox, filtered by status and purpose (either may be null), newest first. */
    public Found find(DeliveryStatus status, String purpose, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "mail.outbox.paging", MAX_SIZE);
        }
        PageRequest request = PageRequest.of(page, size);
        boolean anyPurpose = purpose == null || purpose.isBlank();
        Page<OutboxMessage> found = status == null
                ? (anyPurpose ? messages.findAllByOrderByIdDesc(request) : messages.findByPurposeOrderByIdDesc(purpose, request))
                : (anyPurpose ? messages.findByStatusOrderByIdDesc(status, request)
                        : messages.findByStatusAndPurposeOrderByIdDesc(status, purpose, request));
        return new Found(entries(found.getContent()), page, size, found.getTotalElements());
    }

    public List<OutboxEntry> latest(int limit) {
        return entries(messages.findLatest(PageRequest.of(0, limit)));
    }

    public Optional<OutboxEntry> entry(long id) {
        return messages.findById(id).map(m -> entries(List.of(m)).get(0));
    }

    public List<OutboxEntry> byReference(String reference) {
        return entries(messages.findByReferenceOrderByIdAsc(reference));
    }

    /** The newest message of each reference (of that purpose, unless null); references without one are left out. */
    public Map<String, OutboxEntry> latestByReference(Collection<String> references, String purpose) {
        if (references.isEmpty()) {
            return Map.of();
        }
        Map<String, OutboxMessage> newest = new LinkedHashMap<>();
        for (List<String> chunk : chunks(List.copyOf(references))) {
            for (OutboxMessage m : messages.findByReferences(chunk)) {
                if (purpose == null || purpose.equals(m.purpose())) {
                    newest.put(m.reference(), m); // ordered by id: the last one wins
                }
            }
        }
        List<OutboxEntry> entries = entries(List.copyOf(newest.values()));
        return entries.stream().collect(Collectors.toMap(OutboxEntry::reference, e -> e, (a, b) -> b, LinkedHashMap::new));
    }

    /** The purposes of the messages in the outbox, for a filter. */
    public List<String> purposes() {
        return messages.purposes();
    }

    /** How many messages are in each state. */
    public Map<DeliveryStatus, Long> counts() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus s : DeliveryStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : messages.countByStatus()) {
            counts.put((DeliveryStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The message's {@code index}-th attachment, bytes and all. */
    public Optional<OutboxAttachment> attachment(long id, int index) {
        return attachments.findByOutboxIdAndSeq(id, index);
    }

    private List<OutboxEntry> entries(List<OutboxMessage> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OutboxEntry.AttachmentInfo>> files = attachments
                .listed(rows.stream().map(OutboxMessage::id).toList()).stream()
                .collect(Collectors.groupingBy(OutboxAttachment.Listed::outboxId, Collectors.mapping(
                        a -> new OutboxEntry.AttachmentInfo(a.seq(), a.filename(), a.contentType(), a.size()),
                        Collectors.toList())));
        return rows.stream().map(m -> m.entry(files.getOrDefault(m.id(), List.of()))).toList();
    }

    private static List<List<String>> chunks(List<String> all) {
        int chunk = 500;
        return java.util.stream.IntStream.range(0, (all.size() + chunk - 1) / chunk)
                .mapToObj(i -> all.subList(i * chunk, Math.min(all.size(), (i + 1) * chunk))).toList();
    }
}
