package org.diktyo.knowledge.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The change table every instance polls to keep its index fresh (ADR 0023). */
@Repository
class ChangeStore {

    private final JdbcTemplate jdbc;

    ChangeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row in the change table, in the caller's transaction. */
    void changed(String entryId, Instant at) {
        jdbc.update("insert into knowledge_change (entry_id, changed_at) values (?, ?)", entryId, Timestamp.from(at));
    }

    /** The changes after {@code seq} or since {@code since} (a late commit of a lower number), in order. */
    List<Map.Entry<Long, String>> changes(long seq, Instant since) {
        return jdbc.query("select seq, entry_id from knowledge_change where seq > ? or changed_at > ? order by seq",
                (rs, i) -> Map.entry(rs.getLong("seq"), rs.getString("entry_id")), seq, Timestamp.from(since));
    }

    long lastChange() {
        Long max = jdbc.queryForObject("select max(seq) from knowledge_change", Long.class);
        return max == null ? -1 : max;
    }

    long firstChange() {
        Long min = jdbc.queryForObject("select min(seq) from knowledge_change", Long.class);
        return min == null ? -1 : min;
    }

    int pruneChanges(Instant before) {
        return jdbc.update("delete from knowledge_change where changed_at < ?", Timestamp.from(before));
    }
}
