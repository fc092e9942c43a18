package org.diktyo.invitations.replies;

import static org.diktyo.invitations.CampaignStore.ts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diktyo.invitations.AnswerChannel;
import org.diktyo.invitations.DelegateRow;
import org.diktyo.invitations.StoredAnswers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes answers per part and delegates (reading them is {@link StoredAnswers}). */
@Repository
class ReplyStore {

    private final JdbcTemplate jdbc;

    ReplyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void lateRequest(String id, String text, Instant at) {
        jdbc.update("update invitation set late_request = ?, late_request_at = ? where id = ?", text, ts(at), id);
    }

    /** Records who answered and when; also locks the invitation against a simultaneous answer. */
    void answered(String invitationId, Instant at, AnswerChannel via, String by) {
        jdbc.update("update invitation set answered_at = ?, answered_via = ?, answered_by = ? where id = ?", ts(at), via.name(), by,
                invitationId);
    }

    /**
     * The first answer of an invitation: records it and locks the invitation, unless it has been
     * answered meanwhile (false: nothing changed, answer as a change).
     */
    boolean firstAnswer(String invitationId, Instant at, AnswerChannel via, String by) {
        return firstAnswers(List.of(new FirstAnswer(invitationId, at, via, by)))[0];
    }

    /** A first answer to record: of this invitation, at, via (link or phone), by (the secretariat's user, or null). */
    record FirstAnswer(String invitationId, Instant at, AnswerChannel via, String by) {
    }

    /** {@link #firstAnswer} for several invitations, in one batch: which of them it recorded. */
    boolean[] firstAnswers(List<FirstAnswer> answers) {
        int[] marked = jdbc.batchUpdate("update invitation set answered_at = ?, answered_via = ?, answered_by = ?"
                + " where id = ? and answered_at is null", answers.stream().map(a -> new Object[] {ts(a.at()), a.via().name(),
                        a.by(), a.invitationId()}).toList());
        boolean[] recorded = new boolean[marked.length];
        for (int i = 0; i < marked.length; i++) {
            recorded[i] = marked[i] == 1;
        }
        return recorded;
    }

    void savePart(String invitationId, StoredAnswers.PartRow row, boolean exists, Instant now) {
        if (exists) {
            jdbc.update("update invitation_part set attending = ?, wanted = ?, seated = ?, waitlist_seq = ?,"
                    + (row.waitlistSeq() == null ? " waitlisted_at = null" : " waitlisted_at = coalesce(waitlisted_at, ?)")
                    + " where invitation_id = ? and part_id = ?", row.waitlistSeq() == null
                            ? new Object[] {row.attending(), row.wanted(), row.seated(), null, invitationId, row.partId()}
                            : new Object[] {row.attending(), row.wanted(), row.seated(), row.waitlistSeq(), ts(now),
                                    invitationId, row.partId()});
        } else {
            jdbc.update("insert into invitation_part (invitation_id, part_id, attending, wanted, seated, waitlist_seq,"
                    + " waitlisted_at) values (?, ?, ?, ?, ?, ?, ?)", invitationId, row.partId(), row.attending(),
                    row.wanted(), row.seated(), row.waitlistSeq(), row.waitlistSeq() == null ? null : ts(now));
        }
    }

    /** New answers for parts, in one batch: per invitation, its rows. */
    void insertParts(Map<String, List<StoredAnswers.PartRow>> byInvitation, Instant now) {
        List<Object[]> rows = new ArrayList<>();
        byInvitation.forEach((invitationId, parts) -> parts.forEach(r -> rows.add(new Object[] {invitationId,
                r.partId(), r.attending(), r.wanted(), r.seated(), r.waitlistSeq(),
                r.waitlistSeq() == null ? null : ts(now)})));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into invitation_part (invitation_id, part_id, attending, wanted, seated, waitlist_seq,"
                    + " waitlisted_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    /** The next place at the end of a part's waitlist; call with the part's seats locked. */
    long nextWaitlistSeq(String partId) {
        return jdbc.queryForObject("select coalesce(max(waitlist_seq), 0) + 1 from invitation_part where part_id = ?",
                Long.class, partId);
    }

    /** The first waiting answer of a part other than {@code except}: invitation, wanted, seated, seq. */
    Optional<StoredAnswers.PartRow> waitlistHead(String partId, String except, String[] invitation) {
        return jdbc.query("select invitation_id, part_id, attending, wanted, seated, waitlist_seq from invitation_part"
                + " where part_id = ? and wanted > seated and invitation_id <> ? order by waitlist_seq fetch first 1 rows only",
                (rs, n) -> {
                    invitation[0] = rs.getString(1);
                    return new StoredAnswers.PartRow(rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getInt(5), rs.getLong(6));
                }, partId, except).stream().findFirst();
    }

    void seat(String invitationId, String partId, int seated) {
        jdbc.update("update invitation_part set seated = ? where invitation_id = ? and part_id = ?", seated, invitationId,
                partId);
    }

    void insertDelegates(List<DelegateRow> rows) {
        jdbc.batchUpdate("insert into delegate (id, invitation_id, position, full_name, role_title, email, phone, needs,"
                + " check_in_code) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.stream().map(d -> new Object[] {d.id(),
                        d.invitationId(), d.position(), d.fullName(), d.roleTitle(), d.email(), d.phone(), d.needs(),
                        d.checkInCode()}).toList());
    }

    void updateDelegate(DelegateRow d) {
        jdbc.update("update delegate set full_name = ?, role_title = ?, email = ?, phone = ?, needs = ? where id = ?",
                d.fullName(), d.roleTitle(), d.email(), d.phone(), d.needs(), d.id());
    }

    void deleteDelegatesFrom(String invitationId, int position) {
        jdbc.update("delete from delegate where invitation_id = ? and position >= ?", invitationId, position);
    }
}
