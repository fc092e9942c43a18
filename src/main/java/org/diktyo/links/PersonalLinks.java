package org.diktyo.links;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diktyo.accounts.SecretTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Personal links for any subject: issue, find, revoke, reissue. A subject may have several
 * live links at once (the invitation's, a reminder's); revoking revokes them all. The token is
 * returned once and kept only as its hash; the module that owns the subject decides what an
 * expired subject means. Runs in the caller's transaction.
 */
@Service
public class PersonalLinks {

    /** Shorter or longer than any token this platform made: not looked up. */
    static final int MIN_LENGTH = 20;
    static final int MAX_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonalLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A token not stored yet, for a text that must print it before {@link #issue(String, String, String)}. */
    public String fresh() {
        return SecretTokens.generate();
    }

    /** A new live link to {@code subject}; returns its token. */
    public String issue(String purpose, String subject) {
        return issue(purpose, subject, fresh());
    }

    /** Stores a {@link #fresh} token as a live link to {@code subject}; returns it. */
    public String issue(String purpose, String subject, String token) {
        jdbc.update("insert into personal_link (token_hash, purpose, subject_id, issued_at) values (?, ?, ?, ?)",
                SecretTokens.hash(token), purpose, subject, Timestamp.from(Instant.now(clock)));
        return token;
    }

    /** The link of {@code token} for {@code purpose}, revoked or not; empty for any other token. */
    public Optional<Link> find(String purpose, String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return jdbc.query("select subject_id, issued_at, revoked_at from personal_link where token_hash = ? and purpose = ?",
                (rs, n) -> new Link(purpose, rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()),
                SecretTokens.hash(token), purpose).stream().findFirst();
    }

    /**
     * The link of {@code token} for {@code purpose}, revoked or not, and its subject's row, read
     * in one statement (the link's row left-joined to the subject's by its key); empty for any
     * other token, as {@link #find(String, String)}. The subject is null when its row is missing.
     * The subject's module names the table and maps the row ({@link SubjectTable}); this module
     * reads no other module's table of its own accord.
     */
    public <T> Optional<Linked<T>> find(String purpose, String token, SubjectTable<T> subject) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        // the table and key are checked identifiers from the subject module's code (SubjectTable); the token is a parameter
        String sql = "select l.subject_id as personal_link_subject, l.issued_at as personal_link_issued_at,"
                + " l.revoked_at as personal_link_revoked_at, s." + subject.key() + " as personal_link_found, s.*"
                + " from personal_link l left join " + subject.table() + " s on s." + subject.key() + " = l.subject_id"
                + " where l.token_hash = ? and l.purpose = ?";
        return jdbc.query(sql, (rs, n) -> {
            Timestamp revoked = rs.getTimestamp("personal_link_revoked_at");
            Link link = new Link(purpose, rs.getString("personal_link_subject"),
                    rs.getTimestamp("personal_link_issued_at").toInstant(), revoked == null ? null : revoked.toInstant());
            return new Linked<>(link, rs.getString("personal_link_found") == null ? null : subject.mapper().mapRow(rs, n));
        }, SecretTokens.hash(token), purpose).stream().findFirst();
    }

    private static boolean plausible(String token) {
        return token != null && token.length() >= MIN_LENGTH && token.length() <= MAX_LENGTH;
    }

    /** Revokes every live link to {@code subject}; returns how many. */
    public int revoke(String purpose, String subject) {
        return jdbc.update("update personal_link set revoked_at = ? where purpose = ? and subject_id = ? and revoked_at is null",
                Timestamp.from(Instant.now(clock)), purpose, subject);
    }

    /** Revokes every live link to {@code subject} and issues a new one; returns its token. */
    public String reissue(String purpose, String subject) {
        revoke(purpose, subject);
        return issue(purpose, subject);
    }

    public boolean anyLive(String purpose, String subject) {
        return jdbc.queryForObject("select count(*) from personal_link where purpose = ? and subject_id = ?"
                + " and revoked_at is null", Integer.class, purpose, subject) > 0;
    }

    /** Those of {@code subjects} that have a live link. */
    public Set<String> live(String purpose, Collection<String> subjects) {
        Set<String> live = new HashSet<>();
        List<String> all = List.copyOf(subjects);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", chunk.stream().map(s -> "?").toList());
            Object[] args = new Object[chunk.size() + 1];
            args[0] = purpose;
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            live.addAll(jdbc.queryForList("select distinct subject_id from personal_link where purpose = ?"
                    + " and revoked_at is null and subject_id in (" + marks + ")", String.class, args));
        }
        return live;
    }
}
