package org.diktyo.knowledge.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The pending revisions of published entries: the proposed entry whole, as JSON, one per entry. */
@Repository
class RevisionStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    RevisionStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps {@code proposed} as the entry's pending revision, replacing an earlier one. */
    void save(Entry proposed, Instant at) {
        String content = json.writeValueAsString(proposed);
        if (jdbc.update("update knowledge_revision set content = ?, based_on = ?, submitted_at = ? where entry_id = ?",
                content, proposed.version(), Timestamp.from(at), proposed.id()) == 0) {
            jdbc.update("insert into knowledge_revision (entry_id, content, based_on, submitted_at) values (?, ?, ?, ?)",
                    proposed.id(), content, proposed.version(), Timestamp.from(at));
        }
    }

    Optional<Entry> find(String entryId) {
        return jdbc.query("select content from knowledge_revision where entry_id = ?",
                (rs, i) -> json.readValue(rs.getString("content"), Entry.class), entryId).stream().findFirst();
    }

    List<Entry> all() {
        return jdbc.query("select content from knowledge_revision order by submitted_at",
                (rs, i) -> json.readValue(rs.getString("content"), Entry.class));
    }

    void delete(String entryId) {
        jdbc.update("delete from knowledge_revision where entry_id = ?", entryId);
    }
}
