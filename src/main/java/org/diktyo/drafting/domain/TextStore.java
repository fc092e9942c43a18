package org.diktyo.drafting.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diktyo.drafting.Clause;
import org.diktyo.drafting.ClauseKind;
import org.diktyo.drafting.DraftText;
import org.diktyo.drafting.TextPhase;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Texts and their clauses in the database. */
@Repository
class TextStore {

    private final JdbcTemplate jdbc;

    TextStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DraftText text) {
        jdbc.update("insert into drafting_text (id, owner_kind, owner_id, phase, consultation_closes, text_hash, version)"
                + " values (?, ?, ?, ?, ?, ?, 0)", text.id(), text.ownerKind(), text.ownerId(), text.phase().name(),
                ts(text.consultationCloses()), text.textHash());
    }

    Optional<DraftText> find(String id) {
        return jdbc.query("select * from drafting_text where id = ?", (rs, n) -> new DraftText(rs.getString("id"),
                rs.getString("owner_kind"), rs.getString("owner_id"), TextPhase.valueOf(rs.getString("phase")),
                instant(rs.getTimestamp("consultation_closes")), eligible(rs.getString("id")), rs.getString("text_hash"),
                rs.getInt("version")), id).stream().findFirst();
    }

    DraftText get(String id) {
        return find(id).orElseThrow(Problem::notFound);
    }

    /** Moves the text to a phase if it is still at {@code version}; a 409 otherwise. */
    void update(DraftText text, TextPhase phase, Instant closes, String hash) {
        int changed = jdbc.update("update drafting_text set phase = ?, consultation_closes = ?, text_hash = ?,"
                + " version = version + 1 where id = ? and version = ?", phase.name(), ts(closes), hash, text.id(),
                text.version());
        if (changed == 0) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
    }

    void eligible(String textId, Set<String> municipalities) {
        jdbc.update("delete from drafting_eligible where text_id = ?", textId);
        jdbc.batchUpdate("insert into drafting_eligible (text_id, municipality_id) values (?, ?)",
                municipalities.stream().sorted().map(m -> new Object[] {textId, m}).toList());
    }

    private Set<String> eligible(String textId) {
        return new HashSet<>(jdbc.queryForList("select municipality_id from drafting_eligible where text_id = ?",
                String.class, textId));
    }

    List<Clause> clauses(String textId) {
        return jdbc.query("select * from drafting_clause where text_id = ? order by ordinal", (rs, n) -> new Clause(
                rs.getString("clause_key"), ClauseKind.valueOf(rs.getString("kind")),
                Bilingual.of(rs.getString("number_el"), rs.getString("number_en")),
                Bilingual.of(rs.getString("heading_el"), rs.getString("heading_en")),
                Bilingual.of(rs.getString("text_el"), rs.getString("text_en")), rs.getString("axis_code")), textId);
    }

    /** Writes the clauses of a text anew, in the order given. */
    void replaceClauses(String textId, List<Clause> clauses) {
        jdbc.update("delete from drafting_clause where text_id = ?", textId);
        jdbc.batchUpdate("insert into drafting_clause (text_id, clause_key, kind, ordinal, number_el, number_en,"
                + " heading_el, heading_en, text_el, text_en, axis_code, revision) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                java.util.stream.IntStream.range(0, clauses.size()).mapToObj(i -> {
                    Clause c = clauses.get(i);
                    return new Object[] {textId, c.key(), c.kind().name(), i + 1, text(c.number().el()),
                        text(c.number().en()), text(c.heading().el()), text(c.heading().en()), text(c.text().el()),
                        text(c.text().en()), c.axisCode(), c.revision()};
                }).toList());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
