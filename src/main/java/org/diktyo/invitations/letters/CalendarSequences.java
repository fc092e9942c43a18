package org.diktyo.invitations.letters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code SEQUENCE} of a calendar entry: 0 when its UID is first given out, one more each
 * time what a calendar shows of it — time, place, status — is different from the last time.
 * Safe on several instances: a change is recorded by a conditional update, a first use by an
 * insert that loses to a concurrent one gracefully (in the caller's transaction, a lost
 * insert race on one UID fails that transaction: two first answers of one invitation at once).
 */
@Component
public class CalendarSequences {

    private final JdbcTemplate jdbc;

    private final TransactionTemplate own;

    CalendarSequences(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The sequence already given out for {@code uid} with these {@code facts}, read in the caller's
     * transaction (no second connection); empty when the entry is new or has changed, and
     * {@link #sequence} must record it.
     */
    public java.util.OptionalInt unchanged(String uid, String... facts) {
        String fingerprint = fingerprint(facts);
        List<Integer> known = jdbc.queryForList("select sequence_no from calendar_sequence where uid = ? and fingerprint = ?",
                Integer.class, uid, fingerprint);
        return known.isEmpty() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(known.get(0));
    }

    /**
     * The sequence for {@code uid} now that its time, place and status are {@code facts}. In
     * the caller's transaction when it has a writable one (a reply: no second connection from
     * the pool while the reply's is held, and a rolled-back reply leaves no change recorded);
     * otherwise in transactions of its own.
     */
    public int sequence(String uid, String... facts) {
        String fingerprint = fingerprint(facts);
        boolean inCaller = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        for (int attempt = 0; attempt < 5; attempt++) {
            Integer sequence = inCaller ? attempt(uid, fingerprint, true)
                    : own.execute(s -> attempt(uid, fingerprint, false));
            if (sequence != null) {
                return sequence;
            }
        }
        throw new IllegalStateException("calendar sequence of " + uid + " kept changing");
    }

    /** One try: the sequence, or null when a concurrent writer came first (read again). */
    private Integer attempt(String uid, String fingerprint, boolean inCaller) {
        List<Object[]> rows = jdbc.query("select fingerprint, sequence_no from calendar_sequence where uid = ?",
                (rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}, uid);
        if (rows.isEmpty()) {
            try {
                return jdbc.update("insert into calendar_sequence (uid, fingerprint, sequence_no) select ?, ?, 0"
                        + " where not exists (select 1 from calendar_sequence where uid = ?)", uid, fingerprint, uid) == 1
                        ? 0 : null;
            } catch (DuplicateKeyException raced) {
                if (inCaller) {
                    throw raced; // the caller's transaction cannot go on after it (PostgreSQL): let it retry whole
                }
                return null;
            }
        }
        String known = (String) rows.get(0)[0];
        int sequence = (Integer) rows.get(0)[1];
        if (known.equals(fingerprint)) {
            return sequence;
        }
        return jdbc.update("update calendar_sequence set fingerprint = ?, sequence_no = ? where uid = ? and sequence_no = ?",
                fingerprint, sequence + 1, uid, sequence) == 1 ? sequence + 1 : null;
    }

    static String fingerprint(String... facts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String fact : facts) {
                sha.update((fact == null ? "" : fact).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
