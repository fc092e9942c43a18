package org.diktyo.invitations;

import static org.diktyo.invitations.CampaignStore.instant;
import static org.diktyo.invitations.CampaignStore.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Invitations and their links in the database. */
@Repository
public class InvitationStore {

    private final JdbcTemplate jdbc;

    InvitationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(InvitationRow i) {
        jdbc.update("insert into invitation (id, campaign_id, municipality_id, status, to_email, cc_email, language,"
                + " valid_until) values (?, ?, ?, ?, ?, ?, ?, ?)", i.id(), i.campaignId(), i.municipalityId(),
                i.status(), i.toEmail(), i.ccEmail(), i.language(), ts(i.validUntil()));
    }

    public Optional<InvitationRow> find(String id) {
        return jdbc.query("select * from invitation where id = ?", InvitationStore::row, id).stream().findFirst();
    }

    public List<InvitationRow> forCampaign(String campaignId) {
        return jdbc.query("select * from invitation where campaign_id = ? order by municipality_id", InvitationStore::row,
                campaignId);
    }

    /** The next invitations to send, in the order of their municipalities (so the outbox lists them so). */
    public List<String> pending(String campaignId, int limit) {
        return jdbc.queryForList("select id from invitation where campaign_id = ? and status = 'PENDING' order by municipality_id, id"
                + " fetch first " + limit + " rows only", String.class, campaignId);
    }

    /** Marks a pending invitation sent; true for the one caller (of any instance) that does it. */
    public boolean markSent(String id, Instant at) {
        return jdbc.update("update invitation set status = 'SENT', sent_at = ?, send_error = null where id = ? and status = 'PENDING'",
                ts(at), id) == 1;
    }

    /** Why a pending invitation could not be written or queued this time (at most 300 characters kept). */
    public void sendFailed(String id, String reason) {
        String kept = reason == null ? "" : reason.replaceAll("\\p{Cntrl}", " ");
        String cut = kept.length() > 300 ? kept.substring(0, 300) : kept;
        jdbc.update("update invitation set send_error = ? where id = ? and status = 'PENDING'"
                + " and (send_error is null or send_error <> ?)", cut, id, cut);
    }

    /** The campaign's pending invitations that failed at their last try, and why: id to reason. */
    public Map<String, String> sendErrors(String campaignId) {
        Map<String, String> errors = new HashMap<>();
        jdbc.query("select id, send_error from invitation where campaign_id = ? and status = 'PENDING' and send_error is not null",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> errors.put(rs.getString(1), rs.getString(2)),
                campaignId);
        return errors;
    }

    /** A pending invitation whose letter cannot be made: not sent, shown as such. */
    public boolean markNoLetter(String id) {
        return jdbc.update("update invitation set status = 'NO_LETTER', send_error = null where id = ? and status = 'PENDING'", id) == 1;
    }

    /** Counts per status: total, still pending (to send), sent, not sendable (no address, or no letter). */
    public int[] progress(String campaignId) {
        return jdbc.queryForObject("select count(*), sum(case when status = 'PENDING' then 1 else 0 end),"
                + " sum(case when status = 'SENT' then 1 else 0 end), sum(case when status in ('NO_ADDRESS', 'NO_LETTER') then 1 else 0 end)"
                + " from invitation where campaign_id = ?", (rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4)}, campaignId);
    }

    public void lateRequest(String id, String text, Instant at) {
        jdbc.update("update invitation set late_request = ?, late_request_at = ? where id = ?", text, ts(at), id);
    }

    public static InvitationRow row(ResultSet rs, int n) throws SQLException {
        return new InvitationRow(rs.getString("id"), rs.getString("campaign_id"), rs.getString("municipality_id"),
                rs.getString("status"), rs.getString("to_email"), rs.getString("cc_email"), rs.getString("language"),
                instant(rs, "valid_until"), instant(rs, "sent_at"), instant(rs, "answered_at"),
                AnswerChannel.of(rs.getString("answered_via")), rs.getString("answered_by"), rs.getString("late_request"),
                instant(rs, "late_request_at"));
    }
}
