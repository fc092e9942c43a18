package org.diktyo.surveys.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diktyo.platform.Problem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The responses, their answers and the reminders sent, in the database; always for one survey and one municipality at a time, or all of a survey. */
@Repository
class SurveyResponseStore {

    private final JdbcTemplate jdbc;

    SurveyResponseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Response> find(String surveyId, String municipalityId) {
        return jdbc.query("select * from survey_response where survey_id = ? and municipality_id = ?",
                (rs, n) -> new Response(surveyId, municipalityId, answers(surveyId, municipalityId),
                        rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getString("submitted_by"), rs.getInt("changes")), surveyId, municipalityId).stream().findFirst();
    }

    /** Every response of the survey, with its answers. */
    List<Response> of(String surveyId) {
        Map<String, Map<Integer, String>> answers = new HashMap<>();
        jdbc.query("select municipality_id, ordinal, answer from survey_answer where survey_id = ?", rs -> {
            answers.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getString(3));
        }, surveyId);
        return jdbc.query("select * from survey_response where survey_id = ? order by municipality_id",
                (rs, n) -> new Response(surveyId, rs.getString("municipality_id"),
                        answers.getOrDefault(rs.getString("municipality_id"), Map.of()),
                        rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getString("submitted_by"), rs.getInt("changes")), surveyId);
    }

    int count(String surveyId) {
        return jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class, surveyId);
    }

    /**
     * Stores the municipality's answers in place of those it gave before, which are kept in the
     * history under the number of the change; a 409 when another first submission won the race.
     */
    void save(String surveyId, String municipalityId, Map<Integer, String> answers, Instant at, String by) {
        Timestamp now = Timestamp.from(at);
        jdbc.update("insert into survey_answer_history (survey_id, municipality_id, change_no, ordinal, answer, replaced_at)"
                + " select a.survey_id, a.municipality_id, r.changes, a.ordinal, a.answer, ? from survey_answer a"
                + " join survey_response r on r.survey_id = a.survey_id and r.municipality_id = a.municipality_id"
                + " where a.survey_id = ? and a.municipality_id = ?", now, surveyId, municipalityId);
        int updated = jdbc.update("update survey_response set submitted_at = ?, submitted_by = ?, changes = changes + 1"
                + " where survey_id = ? and municipality_id = ?", now, by, surveyId, municipalityId);
        if (updated == 0) {
            try {
                jdbc.update("insert into survey_response (survey_id, municipality_id, first_at, submitted_at, submitted_by,"
                        + " changes) values (?, ?, ?, ?, ?, 0)", surveyId, municipalityId, now, now, by);
            } catch (DuplicateKeyException raced) {
                throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
            }
        }
        jdbc.update("delete from survey_answer where survey_id = ? and municipality_id = ?", surveyId, municipalityId);
        jdbc.batchUpdate("insert into survey_answer (survey_id, municipality_id, ordinal, answer) values (?, ?, ?, ?)",
                answers.entrySet().stream().map(e -> new Object[] {surveyId, municipalityId, e.getKey(), e.getValue()})
                        .toList());
    }

    private Map<Integer, String> answers(String surveyId, String municipalityId) {
        Map<Integer, String> answers = new HashMap<>();
        jdbc.query("select ordinal, answer from survey_answer where survey_id = ? and municipality_id = ?",
                rs -> {
                    answers.put(rs.getInt(1), rs.getString(2));
                }, surveyId, municipalityId);
        return answers;
    }

    /** Records the reminder of the municipality; false when it was reminded before (nothing written). */
    boolean remind(String surveyId, String municipalityId, Instant at) {
        return jdbc.update("insert into survey_reminder (survey_id, municipality_id, sent_at) select ?, ?, ?"
                + " where not exists (select 1 from survey_reminder where survey_id = ? and municipality_id = ?)",
                surveyId, municipalityId, Timestamp.from(at), surveyId, municipalityId) == 1;
    }
}
