package org.diktyo.surveys.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Surveys and their questions in the database. */
@Repository
class SurveyStore {

    private final JdbcTemplate jdbc;

    SurveyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Survey s) {
        jdbc.update("insert into survey (id, title_el, title_en, intro_el, intro_en, audience, opens_on, closes_on, state,"
                + " results_shared, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", s.id(),
                s.title().el(), s.title().en(), s.intro().el(), s.intro().en(), s.audience().name(),
                Date.valueOf(s.opensOn()), Date.valueOf(s.closesOn()), s.state().name(), s.resultsShared(),
                Timestamp.from(s.createdAt()));
        questions(s.id(), s.questions());
    }

    /** Writes every field of {@code s} (and its questions when {@code withQuestions}) if the row is still at its version; 409 otherwise. */
    void update(Survey s, boolean withQuestions) {
        int changed = jdbc.update("update survey set title_el = ?, title_en = ?, intro_el = ?, intro_en = ?, audience = ?,"
                + " opens_on = ?, closes_on = ?, state = ?, results_shared = ?, version = version + 1"
                + " where id = ? and version = ?", s.title().el(), s.title().en(), s.intro().el(), s.intro().en(),
                s.audience().name(), Date.valueOf(s.opensOn()), Date.valueOf(s.closesOn()), s.state().name(),
                s.resultsShared(), s.id(), s.version());
        if (changed == 0) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
        if (withQuestions) {
            jdbc.update("delete from survey_question where survey_id = ?", s.id());
            questions(s.id(), s.questions());
        }
    }

    private void questions(String surveyId, List<Question> questions) {
        jdbc.batchUpdate("insert into survey_question (survey_id, ordinal, kind, text_el, text_en, options_el, options_en,"
                + " required) values (?, ?, ?, ?, ?, ?, ?, ?)", questions.stream().map(q -> new Object[] {surveyId,
                        q.number(), q.kind().name(), q.text().el(), q.text().en(), join(q, true), join(q, false),
                        q.required()}).toList());
    }

    Optional<Survey> find(String id) {
        return jdbc.query("select * from survey where id = ?", this::survey, id).stream().findFirst();
    }

    Survey get(String id) {
        return find(id).orElseThrow(Problem::notFound);
    }

    /** Every survey, the latest to close first. */
    List<Survey> all() {
        return jdbc.query("select * from survey order by closes_on desc, created_at desc, id", this::survey);
    }

    List<Survey> published() {
        return jdbc.query("select * from survey where state = 'PUBLISHED' order by closes_on desc, created_at desc, id",
                this::survey);
    }

    private Survey survey(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        List<Question> questions = jdbc.query("select * from survey_question where survey_id = ? order by ordinal",
                (q, n) -> new Question(q.getInt("ordinal"), QuestionKind.valueOf(q.getString("kind")),
                        Bilingual.of(q.getString("text_el"), q.getString("text_en")),
                        options(q.getString("options_el"), q.getString("options_en")), q.getBoolean("required")), id);
        return new Survey(id, Bilingual.of(rs.getString("title_el"), rs.getString("title_en")),
                Bilingual.of(rs.getString("intro_el"), rs.getString("intro_en")),
                Audience.valueOf(rs.getString("audience")), rs.getDate("opens_on").toLocalDate(),
                rs.getDate("closes_on").toLocalDate(), SurveyState.valueOf(rs.getString("state")),
                rs.getBoolean("results_shared"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"), questions);
    }

    private static String join(Question q, boolean greek) {
        return String.join("\n", q.options().stream().map(o -> greek ? o.el() : o.en() == null ? "" : o.en()).toList());
    }

    private static List<Bilingual> options(String el, String en) {
        if (el == null || el.isEmpty()) {
            return List.of();
        }
        List<String> greek = Arrays.asList(el.split("\n", -1));
        List<String> english = en == null || en.isEmpty() ? List.of() : Arrays.asList(en.split("\n", -1));
        List<Bilingual> options = new ArrayList<>();
        for (int i = 0; i < greek.size(); i++) {
            options.add(Bilingual.of(greek.get(i), i < english.size() ? english.get(i) : ""));
        }
        return options;
    }
}
