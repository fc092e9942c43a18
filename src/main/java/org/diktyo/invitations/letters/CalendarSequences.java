package org.diktyo.invitations.letters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code SEQUENCE} of a calendar entry: 0 when its UID is first given out, one more each
 * time what a calendar shows of it — time, place, status — is different from the last time.
 * Safe on several instances: a change is recorded by a conditional update, a first use by an
 * insert that loses to a concurrent one gracefully.
 */
@Component
public class CalendarSequences {

    private final JdbcTemplate jdbc;

    CalendarSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

    /** The sequence for {@code uid} now that its time, place and status are {@code facts}. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int sequence(String uid, String... facts) {
        String fingerprint = fingerprint(facts);
        for (int attempt = 0; attempt < 5; attempt++) {
            List<Object[]> rows = jdbc.query("select fingerprint, sequence_no from calendar_sequence where uid = ?",
                    (rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}, uid);
            if (rows.isEmpty()) {
                try {
                    jdbc.update("insert into calendar_sequence (uid, fingerprint, sequence_no) values (?, ?, 0)", uid, fingerprint);
                    return 0;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            String known = (String) rows.get(0)[0];
            int sequence = (Integer) rows.get(0)[1];
            if (known.equals(fingerprint)) {
                return sequence;
            }
            if (jdbc.update("update calendar_sequence set fingerprint = ?, sequence_no = ? where uid = ? and sequence_no = ?",
                    fingerprint, sequence + 1, uid, sequence) == 1) {
                return sequence + 1;
            }
        }
        throw new IllegalStateException("calendar sequence of " + uid + " kept changing");
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
