package org.diktyo.followups;

import java.sql.Date;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;

import org.diktyo.platform.Checks;
import org.diktyo.platform.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up actions of a subject ({@code kind}: {@code MEETING}, {@code POSITION_RESPONSE}
 * …; {@code subjectId}: its id), by due date: listed, added, changed, ticked off. A form is
 * checked before anything is written (400 naming the fields); an action of another subject is a
 * 404. Who may do this is the caller's rule, asked before it calls.
 */
@Service
public class FollowUps {

    private final JdbcTemplate jdbc;
    private final Validator validator;

    FollowUps(JdbcTemplate jdbc, Validator validator) {
        this.jdbc = jdbc;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public List<FollowUp> of(String kind, String subjectId) {
        return jdbc.query("select * from follow_up_action where subject_kind = ? and subject_id = ? order by due_on, id",
                (rs, n) -> new FollowUp(rs.getString("id"), rs.getString("action"), rs.getString("owner"),
                        rs.getDate("due_on") == null ? null : rs.getDate("due_on").toLocalDate(), rs.getBoolean("done")),
                kind, subjectId);
    }

    /** What is wrong with a follow-up action as entered (nothing is saved). */
    public List<Problem.FieldProblem> problems(FollowUpForm form) {
        try {
            Checks.validate(validator, form);
            return List.of();
        } catch (Problem invalid) {
            return invalid.fields();
        }
    }

    @Transactional
    public FollowUp add(String kind, String subjectId, FollowUpForm form) {
        Checks.validate(validator, form);
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into follow_up_action (id, subject_kind, subject_id, action, owner, due_on, done)"
                + " values (?, ?, ?, ?, ?, ?, ?)", id, kind, subjectId, form.action().strip(), form.owner().strip(),
                form.dueOn() == null ? null : Date.valueOf(form.dueOn()), form.done());
        return one(kind, subjectId, id);
    }

    @Transactional
    public FollowUp update(String kind, String subjectId, String id, FollowUpForm form) {
        Checks.validate(validator, form);
        one(kind, subjectId, id);
        jdbc.update("update follow_up_action set action = ?, owner = ?, due_on = ?, done = ? where id = ?",
                form.action().strip(), form.owner().strip(), form.dueOn() == null ? null : Date.valueOf(form.dueOn()),
                form.done(), id);
        return one(kind, subjectId, id);
    }

    /** Done, or not done again. */
    @Transactional
    public FollowUp markDone(String kind, String subjectId, String id, boolean done) {
        one(kind, subjectId, id);
        jdbc.update("update follow_up_action set done = ? where id = ?", done, id);
        return one(kind, subjectId, id);
    }

    private FollowUp one(String kind, String subjectId, String id) {
        return of(kind, subjectId).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow(Problem::notFound);
    }
}
