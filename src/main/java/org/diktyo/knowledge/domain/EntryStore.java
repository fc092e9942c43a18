package org.diktyo.knowledge.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The entries, their themes, target groups, details (a JSON document) and «we face this too» marks. */
@Repository
class EntryStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final JsonMapper json;

    EntryStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.json = json;
    }

    void insert(Entry e) {
        jdbc.update("insert into knowledge_entry (id, slug, kind, owner_id, title_el, title_en, summary_el, summary_en,"
                + " body_el, body_en, period_start, period_end, status, visibility, state, review_note, created_at,"
                + " updated_at, published_at, details, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                e.id(), e.slug(), e.kind().name(), e.ownerId(), e.titleEl(), e.titleEn(), e.summaryEl(), e.summaryEn(),
                e.bodyEl(), e.bodyEn(), date(e.periodStart()), date(e.periodEnd()), e.status().name(),
                e.visibility().name(), e.state().name(), e.reviewNote(), time(e.createdAt()), time(e.updatedAt()),
                time(e.publishedAt()), json.writeValueAsString(e.details()));
        terms(e.id(), e.themes(), e.targetGroups());
    }

    /** Rewrites the texts and terms of an entry still at {@code version}; a 409 otherwise. */
    void update(Entry e, int version) {
        int changed = jdbc.update("update knowledge_entry set title_el = ?, title_en = ?, summary_el = ?, summary_en = ?,"
                + " body_el = ?, body_en = ?, period_start = ?, period_end = ?, status = ?, visibility = ?, updated_at = ?,"
                + " details = ?, version = version + 1 where id = ? and version = ?", e.titleEl(), e.titleEn(), e.summaryEl(),
                e.summaryEn(), e.bodyEl(), e.bodyEn(), date(e.periodStart()), date(e.periodEnd()), e.status().name(),
                e.visibility().name(), time(e.updatedAt()), json.writeValueAsString(e.details()), e.id(), version);
        if (changed == 0) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
        jdbc.update("delete from knowledge_entry_theme where entry_id = ?", e.id());
        jdbc.update("delete from knowledge_entry_target where entry_id = ?", e.id());
        terms(e.id(), e.themes(), e.targetGroups());
    }

    /** Moves an entry from {@code from} to {@code to}; a 409 if it is no longer in {@code from}. */
    void move(Entry e, EntryState to, String note, Instant at) {
        int changed = jdbc.update("update knowledge_entry set state = ?, review_note = ?, updated_at = ?,"
                + " published_at = case when ? = 'PUBLISHED' then ? else published_at end, version = version + 1"
                + " where id = ? and state = ? and version = ?", to.name(), note, time(at), to.name(), time(at), e.id(),
                e.state().name(), e.version());
        if (changed == 0) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
    }

    /** A reviewer's note on an entry that stays in its state; a 409 if it changed meanwhile. */
    void note(Entry e, String note, Instant at) {
        if (jdbc.update("update knowledge_entry set review_note = ?, updated_at = ?, version = version + 1"
                + " where id = ? and version = ?", note, time(at), e.id(), e.version()) == 0) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
    }

    Optional<Entry> find(String id) {
        return one("select * from knowledge_entry where id = ?", id);
    }

    Optional<Entry> findBySlug(String slug) {
        return one("select * from knowledge_entry where slug = ?", slug);
    }

    boolean slugTaken(String slug) {
        return jdbc.queryForObject("select count(*) from knowledge_entry where slug = ?", Integer.class, slug) > 0;
    }

    List<Entry> ownedBy(String municipality) {
        return many("select * from knowledge_entry where owner_id = :v order by updated_at desc", municipality);
    }

    List<Entry> inState(EntryState state) {
        return many("select * from knowledge_entry where state = :v order by updated_at", state.name());
    }

    List<Entry> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return many("select * from knowledge_entry where id in (:v) order by updated_at desc", ids);
    }

    List<String> allIds() {
        return jdbc.queryForList("select id from knowledge_entry order by id", String.class);
    }

    int count() {
        return jdbc.queryForObject("select count(*) from knowledge_entry", Integer.class);
    }

    void share(String entryId, String municipality, String comment, Instant at) {
        int updated = jdbc.update("update knowledge_shared set comment = ? where entry_id = ? and municipality_id = ?",
                comment, entryId, municipality);
        if (updated == 0) {
            jdbc.update("insert into knowledge_shared (entry_id, municipality_id, comment, created_at) values (?, ?, ?, ?)",
                    entryId, municipality, comment, time(at));
        }
    }

    void unshare(String entryId, String municipality) {
        jdbc.update("delete from knowledge_shared where entry_id = ? and municipality_id = ?", entryId, municipality);
    }

    private void terms(String id, List<String> themes, List<String> targets) {
        for (String code : themes) {
            jdbc.update("insert into knowledge_entry_theme (entry_id, code) values (?, ?)", id, code);
        }
        for (String code : targets) {
            jdbc.update("insert into knowledge_entry_target (entry_id, code) values (?, ?)", id, code);
        }
    }

    private Optional<Entry> one(String sql, String arg) {
        List<Entry> found = jdbc.query(sql, this::row, arg);
        return found.isEmpty() ? Optional.empty() : Optional.of(complete(found).get(0));
    }

    private List<Entry> many(String sql, Object value) {
        return complete(named.query(sql, new MapSqlParameterSource("v", value), this::row));
    }

    /** The rows with their themes, target groups and marks, read in three queries for all of them. */
    private List<Entry> complete(List<Entry> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<String> ids = rows.stream().map(Entry::id).toList();
        Map<String, List<String>> themes = codes("select entry_id, code from knowledge_entry_theme where entry_id in (:ids)"
                + " order by code", ids);
        Map<String, List<String>> targets = codes("select entry_id, code from knowledge_entry_target where entry_id in (:ids)"
                + " order by code", ids);
        Map<String, List<String>> shared = codes("select entry_id, municipality_id as code from knowledge_shared"
                + " where entry_id in (:ids) order by created_at, municipality_id", ids);
        List<Entry> out = new ArrayList<>(rows.size());
        for (Entry e : rows) {
            out.add(new Entry(e.id(), e.slug(), e.kind(), e.ownerId(), e.titleEl(), e.titleEn(), e.summaryEl(),
                    e.summaryEn(), e.bodyEl(), e.bodyEn(), themes.getOrDefault(e.id(), List.of()),
                    targets.getOrDefault(e.id(), List.of()), e.periodStart(), e.periodEnd(), e.status(), e.visibility(),
                    e.state(), e.reviewNote(), e.createdAt(), e.updatedAt(), e.publishedAt(), e.version(),
                    shared.getOrDefault(e.id(), List.of()), e.details()));
        }
        return out;
    }

    private Map<String, List<String>> codes(String sql, List<String> ids) {
        Map<String, List<String>> out = new HashMap<>();
        named.query(sql, new MapSqlParameterSource("ids", ids),
                rs -> { out.computeIfAbsent(rs.getString("entry_id"), k -> new ArrayList<>()).add(rs.getString("code")); });
        return out;
    }

    private Entry row(ResultSet rs, int i) throws SQLException {
        return new Entry(rs.getString("id"), rs.getString("slug"), EntryKind.valueOf(rs.getString("kind")),
                rs.getString("owner_id"), rs.getString("title_el"), rs.getString("title_en"), rs.getString("summary_el"),
                rs.getString("summary_en"), rs.getString("body_el"), rs.getString("body_en"), List.of(), List.of(),
                local(rs.getDate("period_start")), local(rs.getDate("period_end")),
                EntryStatus.valueOf(rs.getString("status")), Visibility.valueOf(rs.getString("visibility")),
                EntryState.valueOf(rs.getString("state")), rs.getString("review_note"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("published_at")), rs.getInt("version"),
                List.of(), details(rs.getString("details")));
    }

    private EntryDetails details(String text) {
        return text == null || text.isBlank() ? EntryDetails.NONE : json.readValue(text, EntryDetails.class);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Timestamp time(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
