package org.diktyo.invitations;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of invitations for dashboards and reports (read-only, plain SQL): how many
 * municipalities were invited to a meeting and how many replied, and which municipalities said
 * they attend each part with how many seats. Municipalities only, never delegates.
 */
@Service
public class ReplyStats {

    /** Invitations sent for a meeting and those answered. */
    public record ReplyRate(String meetingId, int invited, int answered) {
    }

    /** One municipality attending one part of a meeting, with its seats. */
    public record PartAttendance(String meetingId, String partId, String partTitleEl, String partTitleEn,
            OffsetDateTime startsAt, String municipalityId, String officialNameEl, String officialNameEn, int seats) {
    }

    private final JdbcClient jdbc;

    ReplyStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ReplyRate> replyRates(Collection<String> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.meeting_id, count(i.id), sum(case when i.answered_at is not null then 1 else 0 end)
                from invitation_campaign c join invitation i on i.campaign_id = c.id
                where c.meeting_id in (:ids) and i.status = 'SENT' group by c.meeting_id""")
                .param("ids", List.copyOf(meetingIds))
                .query((rs, n) -> new ReplyRate(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }

    /** Who attends each part of the given meetings, by part then municipality. */
    @Transactional(readOnly = true)
    public List<PartAttendance> attendance(Collection<String> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.meeting_id, p.id, p.title_el, p.title_en, p.starts_at, m.id, m.official_name_el,
                       m.official_name_en, sum(ip.seated)
                from invitation_part ip join invitation i on i.id = ip.invitation_id
                     join meeting_part p on p.id = ip.part_id join municipality m on m.id = i.municipality_id
                where p.meeting_id in (:ids) and ip.attending = true
                group by p.meeting_id, p.id, p.title_el, p.title_en, p.starts_at, p.position, m.id,
                         m.official_name_el, m.official_name_en
                order by p.starts_at, p.position, m.official_name_el""")
                .param("ids", List.copyOf(meetingIds))
                .query((rs, n) -> new PartAttendance(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getInt(9)))
                .list();
    }
}
