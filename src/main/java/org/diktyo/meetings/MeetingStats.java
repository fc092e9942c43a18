package org.diktyo.meetings;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of meetings for dashboards and reports (read-only, plain SQL): the next meetings and
 * the meetings held in a period, each with its first part's start and the number present.
 * Records out, never entities; no visibility rule here, the caller shows counts to staff.
 */
@Service
public class MeetingStats {

    /** A meeting with when it starts (its first part), its parts and the number present if counted. */
    public record MeetingCount(String id, String titleEl, String titleEn, MeetingStatus status, OffsetDateTime startsAt,
            int parts, Integer numberPresent) {
    }

    private static final String SELECT = """
            select m.id, m.title_el, m.title_en, m.status, min(p.starts_at), count(p.id), m.number_present
            from meeting m join meeting_part p on p.meeting_id = m.id""";

    private final JdbcClient jdbc;

    MeetingStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Announced meetings whose first part starts at or after {@code now}, the soonest first. */
    @Transactional(readOnly = true)
    public List<MeetingCount> next(Instant now, int limit) {
        return jdbc.sql(SELECT + " where m.status = 'ANNOUNCED' and p.starts_at >= :now and not exists (select 1"
                        + " from meeting_part q where q.meeting_id = m.id and q.starts_at < :now)"
                        + " group by m.id, m.title_el, m.title_en, m.status, m.number_present"
                        + " order by min(p.starts_at), m.id")
                .param("now", now.atOffset(ZoneOffset.UTC)).query((rs, n) -> row(rs)).list().stream().limit(limit)
                .toList();
    }

    /** Meetings held whose first part started from {@code from} up to, not including, {@code to}. */
    @Transactional(readOnly = true)
    public List<MeetingCount> heldBetween(Instant from, Instant to) {
        return jdbc.sql(SELECT + " where m.status = 'HELD' group by m.id, m.title_el, m.title_en, m.status,"
                        + " m.number_present having min(p.starts_at) >= :from and min(p.starts_at) < :to"
                        + " order by min(p.starts_at), m.id")
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> row(rs)).list();
    }

    private static MeetingCount row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MeetingCount(rs.getString(1), rs.getString(2), rs.getString(3),
                MeetingStatus.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class), rs.getInt(6),
                rs.getObject(7, Integer.class));
    }
}
