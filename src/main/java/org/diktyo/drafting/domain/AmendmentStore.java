package org.diktyo.drafting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.AmendmentKind;
import org.diktyo.drafting.AmendmentState;
import org.diktyo.drafting.Stance;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Amendments, their co-sponsors and the stances taken on them, in the database. */
@Repository
class AmendmentStore {

    private static final String SELECT = "select a.*,"
            + " (select count(*) from drafting_stance s where s.amendment_id = a.id and s.latest and s.stance = 'SUPPORT') supports,"
            + " (select count(*) from drafting_stance s where s.amendment_id = a.id and s.latest and s.stance = 'OBJECT') objections"
            + " from drafting_amendment a";

    private final JdbcTemplate jdbc;

    AmendmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Amendment a) {
        jdbc.update("insert into drafting_amendment (id, text_id, municipality_id, author, kind, clause_key, base_revision,"
                + " new_key, heading_el, heading_en, text_el, text_en, justification, state, created_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", a.id(), a.textId(), a.municipalityId(),
                a.author(), a.kind().name(), a.clauseKey(), a.baseRevision(), a.newKey(), orEmpty(a.heading().el()),
                orEmpty(a.heading().en()), orEmpty(a.text().el()), orEmpty(a.text().en()), a.justification(), a.state().name(),
                TextStore.ts(a.createdAt()));
        jdbc.batchUpdate("insert into drafting_cosponsor (amendment_id, municipality_id) values (?, ?)",
                a.cosponsors().stream().distinct().map(m -> new Object[] {a.id(), m}).toList());
    }

    Optional<Amendment> find(String id) {
        return jdbc.query(SELECT + " where a.id = ?", this::amendment, id).stream().findFirst();
    }

    List<Amendment> ofText(String textId) {
        return jdbc.query(SELECT + " where a.text_id = ? order by a.created_at, a.id", this::amendment, textId);
    }

    /** Moves an amendment to a state if it is still at {@code version}; a 409 otherwise. */
    void state(Amendment a, AmendmentState state, Bilingual heading, Bilingual text, String note, String reference,
            Instant decidedAt) {
        Bilingual h = heading == null ? Bilingual.NONE : heading;
        Bilingual t = text == null ? Bilingual.NONE : text;
        int changed = jdbc.update("update drafting_amendment set state = ?, decided_heading_el = ?, decided_heading_en = ?,"
                + " decided_text_el = ?, decided_text_en = ?, decision_note = ?, decision_ref = ?, decided_at = ?,"
                + " version = version + 1 where id = ? and version = ?", state.name(), h.el(), h.en(), t.el(), t.en(),
                note, reference, TextStore.ts(decidedAt), a.id(), a.version());
        if (changed == 0) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
    }

    /** Records a stance as the municipality's latest; its earlier ones are kept. */
    void stance(String amendmentId, String municipalityId, Stance stance, String reason, String author, Instant at) {
        jdbc.update("update drafting_stance set latest = false where amendment_id = ? and municipality_id = ? and latest",
                amendmentId, municipalityId);
        if (stance != null) {
            jdbc.update("insert into drafting_stance (amendment_id, municipality_id, stance, reason, author, taken_at, latest)"
                    + " values (?, ?, ?, ?, ?, ?, true)", amendmentId, municipalityId, stance.name(), reason, author,
                    TextStore.ts(at));
        }
    }

    private Amendment amendment(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        return new Amendment(id, rs.getString("text_id"), rs.getString("municipality_id"), rs.getString("author"),
                AmendmentKind.valueOf(rs.getString("kind")), rs.getString("clause_key"), rs.getString("base_revision"),
                rs.getString("new_key"), Bilingual.of(rs.getString("heading_el"), rs.getString("heading_en")),
                Bilingual.of(rs.getString("text_el"), rs.getString("text_en")), rs.getString("justification"),
                jdbc.queryForList("select municipality_id from drafting_cosponsor where amendment_id = ? order by municipality_id",
                        String.class, id),
                AmendmentState.valueOf(rs.getString("state")),
                Bilingual.of(rs.getString("decided_heading_el"), rs.getString("decided_heading_en")),
                Bilingual.of(rs.getString("decided_text_el"), rs.getString("decided_text_en")),
                rs.getString("decision_note"), rs.getString("decision_ref"),
                TextStore.instant(rs.getTimestamp("created_at")), rs.getInt("supports"), rs.getInt("objections"),
                rs.getInt("version"));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
