package org.diktyo.mail.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.diktyo.mail.DeliveryStatus;
import org.diktyo.mail.FailureKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who is sending which message: the delivery state of outbox rows, changed only by
 * conditional updates. A poll claims due rows in one short transaction: {@code SELECT … FOR
 * UPDATE SKIP LOCKED} (PostgreSQL and H2 2.x both know it) picks rows no other instance is
 * claiming, and an {@code UPDATE} that repeats the "due" condition marks them {@code SENDING}
 * under a fresh claim token and a lease. The repeated condition alone keeps two instances
 * from owning one row, even on an engine that ignored {@code SKIP LOCKED}; the token is the
 * fence: every later change of the row names it, so an instance whose lease ran out and whose
 * message another instance took up changes nothing. See ADR 0007.
 */
@Component
public class Claims {

    private static final String DUE = "status in ('QUEUED', 'SENDING') and next_attempt_at <= ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    Claims(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * A message this instance now owns.
     *
     * @param attempts its attempts, this one included
     * @param interrupted whether it was {@code SENDING} under another claim whose lease ran out
     *        (its sender stopped mid-send: it may have reached the relay)
     */
    public record Claimed(long id, String token, int attempts, boolean interrupted) {
    }

    /** Claims at most {@code limit} due messages, oldest due first, until {@code leaseUntil}. */
    public List<Claimed> claim(Instant now, Instant leaseUntil, int limit, String instance) {
        List<Claimed> claimed = tx.execute(status -> {
            List<Map<String, Object>> due = jdbc.queryForList("select id, status from mail_outbox where " + DUE
                    + " order by next_attempt_at, id limit ? for update skip locked", at(now), limit);
            if (due.isEmpty()) {
                return List.<Claimed>of();
            }
            Map<Long, Boolean> wasSending = due.stream().collect(Collectors.toMap(
                    r -> ((Number) r.get("id")).longValue(),
                    r -> DeliveryStatus.SENDING.name().equals(r.get("status"))));
            String token = UUID.randomUUID().toString();
            List<Object> args = new ArrayList<>(List.of(token, instance, at(now), at(leaseUntil)));
            args.addAll(wasSending.keySet());
            args.add(at(now));
            jdbc.update("update mail_outbox set status = 'SENDING', claim_token = ?, claimed_by = ?,"
                    + " attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ? where id in ("
                    + String.join(", ", Collections.nCopies(wasSending.size(), "?")) + ") and " + DUE,
                    args.toArray());
            return jdbc.query("select id, attempts from mail_outbox where claim_token = ? order by id",
                    (rs, i) -> new Claimed(rs.getLong("id"), token, rs.getInt("attempts"),
                            wasSending.getOrDefault(rs.getLong("id"), false)),
                    token);
        });
        return claimed == null ? List.of() : claimed;
    }

    /** Extends the lease just before the message goes out; false if this instance no longer owns it. */
    public boolean renew(Claimed c, Instant leaseUntil) {
        return jdbc.update("update mail_outbox set next_attempt_at = ? where id = ? and claim_token = ?"
                + " and status = 'SENDING'", at(leaseUntil), c.id(), c.token()) == 1;
    }

    /** The relay accepted the message. False if the claim had been lost meanwhile. */
    public boolean sent(Claimed c, Instant now) {
        return jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, next_attempt_at = ?,"
                + " claim_token = null, last_error = null, last_error_kind = null where id = ? and claim_token = ?",
                at(now), at(now), c.id(), c.token()) == 1;
    }

    /** The attempt failed: due again at {@code next}, or given up ({@code FAILED}). */
    public void failed(Claimed c, FailureKind kind, String detail, boolean giveUp, Instant next) {
        jdbc.update("update mail_outbox set status = ?, next_attempt_at = ?, last_error_kind = ?, last_error = ?,"
                + " claim_token = null where id = ? and claim_token = ?",
                (giveUp ? DeliveryStatus.FAILED : DeliveryStatus.QUEUED).name(), at(next), kind.name(),
                shorten(detail), c.id(), c.token());
    }

    /** Gives a claimed message back untouched (the instance is stopping before it was sent). */
    public void release(Claimed c, Instant now) {
        jdbc.update("update mail_outbox set status = 'QUEUED', attempts = attempts - 1, next_attempt_at = ?,"
                + " claim_token = null where id = ? and claim_token = ?", at(now), c.id(), c.token());
    }

    /** A failed message due again now, with its attempts counted afresh; false if it was not failed. */
    public boolean retry(long id, Instant now) {
        return jdbc.update("update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = ?"
                + " where id = ? and status = 'FAILED'", at(now), id) == 1;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String shorten(String detail) {
        if (detail == null) {
            return null;
        }
        String line = detail.replaceAll("\\s+", " ").trim();
        return line.length() > 1000 ? line.substring(0, 1000) : line;
    }
}
