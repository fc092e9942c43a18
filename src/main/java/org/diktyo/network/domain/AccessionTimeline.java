package org.diktyo.network.domain;

import static org.diktyo.network.domain.MembershipStore.date;
import static org.diktyo.network.domain.MembershipStore.instant;
import static org.diktyo.network.domain.MembershipStore.local;
import static org.diktyo.network.domain.MembershipStore.ts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.diktyo.network.AccessionActivityKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A case's timeline in SQL, and the moves of its stage (each one an entry STAGE_CHANGED with its
 * reason). An entry with a source reference is written once: written again, it is updated (a
 * changed answer to an invitation), never doubled. Runs in the caller's transaction.
 */
@Service
public class AccessionTimeline {

    static final String COLUMNS = "id, case_id, kind, happened_on, text, detail, due_on, done_on, invitation_id,"
            + " meeting_id, internal, source_ref, recorded_by, recorded_at";

    /** A new entry, as its writer gives it. */
    public record Entry(AccessionActivityKind kind, LocalDate on, String text, String detail, LocalDate dueOn,
            boolean internal, String invitationId, String meetingId, String sourceRef) {
    }

    private final JdbcTemplate jdbc;
    private final AccessionStore cases;
    private final Clock clock;

    AccessionTimeline(JdbcTemplate jdbc, AccessionStore cases, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clock = clock;
    }

    /** Adds the entry, or updates the one of the same source reference; returns it. */
    public AccessionActivity record(AccessionCase c, Entry e, String actor) {
        if (e.sourceRef() != null) {
            Optional<AccessionActivity> existing = bySource(e.sourceRef());
            if (existing.isPresent()) {
                jdbc.update("update accession_activity set happened_on = ?, detail = ?, text = ? where id = ?",
                        date(e.on()), e.detail(), e.text(), existing.get().id());
                cases.touched(c.id(), e.on());
                return find(existing.get().id()).orElseThrow();
            }
        }
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into accession_activity (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                c.id(), e.kind().name(), date(e.on()), e.text(), e.detail(), date(e.dueOn()), null, e.invitationId(),
                e.meetingId(), e.internal(), e.sourceRef(), actor, ts(Instant.now(clock)));
        cases.touched(c.id(), e.on());
        return find(id).orElseThrow();
    }

    /** Moves the case to {@code to} on {@code on} (ON_HOLD keeps the stage it was at; a closing stage closes it). */
    public void stage(AccessionCase c, AccessionStage to, LocalDate on, String reason, String actor) {
        AccessionStage held = to == AccessionStage.ON_HOLD
                ? (c.stage() == AccessionStage.ON_HOLD ? c.heldStage() : c.stage()) : null;
        cases.stage(c, to, held, on, to.closes() ? on : null);
        record(c, new Entry(AccessionActivityKind.STAGE_CHANGED, on, reason, c.stage().name() + ">" + to.name(), null,
                false, null, null, null), actor);
    }

    public Optional<AccessionActivity> find(String id) {
        return jdbc.query("select " + COLUMNS + " from accession_activity where id = ?", AccessionTimeline::row, id).stream()
                .findFirst();
    }

    public Optional<AccessionActivity> bySource(String sourceRef) {
        return jdbc.query("select " + COLUMNS + " from accession_activity where source_ref = ?", AccessionTimeline::row,
                sourceRef).stream().findFirst();
    }

    /** The case's entries, the latest first; without those for the secretariat only unless {@code internal}. */
    public List<AccessionActivity> of(String caseId, boolean internal, int page, int size) {
        return jdbc.query("select " + COLUMNS + " from accession_activity where case_id = ?"
                + (internal ? "" : " and internal = false") + " order by happened_on desc, recorded_at desc, id"
                + " offset ? rows fetch next ? rows only", AccessionTimeline::row, caseId, page * size, size);
    }

    public int count(String caseId, boolean internal) {
        return jdbc.queryForObject("select count(*) from accession_activity where case_id = ?"
                + (internal ? "" : " and internal = false"), Integer.class, caseId);
    }

    /** Entries due on or before {@code day} and not done, of open cases owned by {@code owner}. */
    public List<AccessionActivity> due(String owner, LocalDate day) {
        return jdbc.query("select a." + COLUMNS.replace(", ", ", a.")
                + " from accession_activity a join accession_case c on c.id = a.case_id where c.closed_on is null"
                + " and c.owner_email = ? and a.due_on <= ? and a.done_on is null order by a.due_on, a.id",
                AccessionTimeline::row, owner, date(day));
    }

    public void plan(String activityId, String text, LocalDate dueOn, LocalDate doneOn) {
        jdbc.update("update accession_activity set text = ?, due_on = ?, done_on = ? where id = ?", text, date(dueOn),
                date(doneOn), activityId);
    }

    static AccessionActivity row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AccessionActivity(rs.getString(1), rs.getString(2), AccessionActivityKind.valueOf(rs.getString(3)),
                local(rs.getDate(4)), rs.getString(5), rs.getString(6), local(rs.getDate(7)), local(rs.getDate(8)),
                rs.getString(9), rs.getString(10), rs.getBoolean(11), rs.getString(12), rs.getString(13),
                instant(rs.getTimestamp(14)));
    }
}
