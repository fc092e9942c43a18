package org.diktyo.mail.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.diktyo.mail.DeliveryStatus;
import org.diktyo.mail.OutboxEntry;
import org.diktyo.mail.domain.ReadOutbox;
import org.springframework.web.util.UriComponentsBuilder;

/** What the outbox page shows: a page of messages, the filters, the count in each state. */
public record OutboxView(ReadOutbox.Found found, DeliveryStatus status, String purpose, List<String> purposes,
        Map<DeliveryStatus, Long> counts) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Athens"));

    public List<OutboxEntry> items() {
        return found.items();
    }

    /** The query string of page {@code page} with the same filters. */
    public String query(int page) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("");
        if (status != null) {
            query.queryParam("status", status.name());
        }
        if (purpose != null) {
            query.queryParam("purpose", purpose);
        }
        if (page > 0) {
            query.queryParam("page", page);
        }
        return query.encode().build().toUriString();
    }

    /** A time in Athens, or a dash. */
    public static String when(Instant instant) {
        return instant == null ? "–" : WHEN.format(instant);
    }

    /** The GOV.UK tag colour of a status. */
    public static String tag(DeliveryStatus status) {
        return switch (status) {
            case QUEUED -> "govuk-tag--grey";
            case SENDING -> "govuk-tag--blue";
            case SENT -> "govuk-tag--green";
            case FAILED -> "govuk-tag--red";
        };
    }

    /** A size in kilobytes, at least 1. */
    public static long kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }
}
