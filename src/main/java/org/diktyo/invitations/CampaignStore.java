package org.diktyo.invitations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Campaigns in the database (plain SQL: the module's tables are few and its hot path is tuned). */
@Repository
public class CampaignStore {

    private final JdbcTemplate jdbc;

    CampaignStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public void insert(Campaign c) {
        jdbc.update("insert into invitation_campaign (id, meeting_id, audience, region_id, quota, rsvp_deadline, letter_el,"
                + " letter_en, reminder_days, status, agenda_announced, created_at, created_by, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", c.id(), c.meetingId(), c.audience().name(),
                c.regionId(), c.quota(), ts(c.rsvpDeadline()), c.letterEl(), c.letterEn(), days(c.reminderDays()),
                c.status().name(), c.agendaAnnounced(), ts(c.createdAt()), c.createdBy());
        children(c);
    }

    public void update(Campaign c) {
        jdbc.update("update invitation_campaign set audience = ?, region_id = ?, quota = ?, rsvp_deadline = ?, letter_el = ?,"
                + " letter_en = ?, reminder_days = ?, version = version + 1 where id = ? and status = 'DRAFT'",
                c.audience().name(), c.regionId(), c.quota(), ts(c.rsvpDeadline()), c.letterEl(), c.letterEn(),
                days(c.reminderDays()), c.id());
        jdbc.update("delete from campaign_part where campaign_id = ?", c.id());
        jdbc.update("delete from campaign_document where campaign_id = ?", c.id());
        jdbc.update("delete from campaign_pick where campaign_id = ?", c.id());
        children(c);
    }

    private void children(Campaign c) {
        c.partIds().forEach(p -> jdbc.update("insert into campaign_part (campaign_id, part_id) values (?, ?)", c.id(), p));
        c.documentIds().forEach(d -> jdbc.update("insert into campaign_document (campaign_id, document_id) values (?, ?)",
                c.id(), d));
        c.picks().forEach(m -> jdbc.update("insert into campaign_pick (campaign_id, municipality_id) values (?, ?)",
                c.id(), m));
    }

    public Optional<Campaign> find(String id) {
        return jdbc.query("select * from invitation_campaign where id = ?", this::row, id).stream().findFirst();
    }

    public List<Campaign> forMeeting(String meetingId) {
        return jdbc.query("select * from invitation_campaign where meeting_id = ? order by created_at desc", this::row,
                meetingId);
    }

    public List<Campaign> all() {
        return jdbc.query("select * from invitation_campaign order by created_at desc", this::row);
    }

    /** A conditional status change; true if this caller made it. */
    public boolean move(String id, Campaign.Status from, Campaign.Status to, Instant at) {
        return jdbc.update("update invitation_campaign set status = ?, send_started_at = coalesce(send_started_at, ?),"
                + " version = version + 1 where id = ? and status = ?", to.name(), ts(at), id, from.name()) == 1;
    }

    public void agendaAnnounced(String id, int version) {
        jdbc.update("update invitation_campaign set agenda_announced = ? where id = ?", version, id);
    }

    private Campaign row(ResultSet rs, int n) throws SQLException {
        String id = rs.getString("id");
        return new Campaign(id, rs.getString("meeting_id"), Campaign.Audience.valueOf(rs.getString("audience")),
                rs.getString("region_id"), rs.getInt("quota"), instant(rs, "rsvp_deadline"), rs.getString("letter_el"),
                rs.getString("letter_en"), days(rs.getString("reminder_days")),
                Campaign.Status.valueOf(rs.getString("status")), rs.getInt("agenda_announced"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "send_started_at"),
                jdbc.queryForList("select part_id from campaign_part where campaign_id = ?", String.class, id),
                jdbc.queryForList("select document_id from campaign_document where campaign_id = ? order by document_id",
                        String.class, id),
                jdbc.queryForList("select municipality_id from campaign_pick where campaign_id = ? order by municipality_id",
                        String.class, id));
    }

    public static String days(List<Integer> days) {
        return String.join(",", days.stream().map(String::valueOf).toList());
    }

    public static List<Integer> days(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
