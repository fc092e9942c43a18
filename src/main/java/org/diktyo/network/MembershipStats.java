package org.diktyo.network;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of the registry for dashboards and reports (read-only, plain SQL): municipalities by
 * region and standing, the accession funnel, new members in a period, and the places a map
 * draws. Records out, never entities; no contacts, no notes.
 */
@Service
public class MembershipStats {

    /** Members, candidates and prospects of one region. */
    public record RegionCount(String regionId, String nameEl, String nameEn, int members, int candidates,
            int prospects) {
    }

    /** A municipality as a map or a report shows it. */
    public record Place(String id, int sourceId, String officialNameEl, String officialNameEn, String regionId,
            String regionEl, String regionEn, MembershipStatus status, Integer joinedYear, Integer joinedMonth) {
    }

    /** Open accession cases at one stage (the board's order). */
    public record StageCount(String stage, int cases) {
    }

    /** Accession cases opened and closed in a period, and open cases whose next action is overdue. */
    public record AccessionCounts(int opened, int closed, int admitted, int overdue) {
    }

    private static final List<String> OPEN_STAGES = List.of("IDENTIFIED", "CONTACTED", "INTERESTED", "CANDIDATE",
            "COUNCIL_DECISION", "MEMORANDUM_SIGNED", "ON_HOLD");

    private final JdbcClient jdbc;

    MembershipStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<RegionCount> byRegion() {
        return jdbc.sql("""
                select r.id, r.name_el, r.name_en,
                       sum(case when m.status = 'MEMBER' then 1 else 0 end) members,
                       sum(case when m.status = 'CANDIDATE' then 1 else 0 end) candidates,
                       sum(case when m.status = 'PROSPECT' then 1 else 0 end) prospects
                from region r left join municipality m on m.region_id = r.id
                group by r.id, r.name_el, r.name_en, r.sort_no order by r.sort_no""")
                .query((rs, n) -> new RegionCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)))
                .list();
    }

    /** Municipalities of the given standings, by region then name (the caller collates names). */
    @Transactional(readOnly = true)
    public List<Place> places(List<MembershipStatus> standings) {
        if (standings.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select m.id, m.source_id, m.official_name_el, m.official_name_en, r.id, r.name_el, r.name_en,
                       m.status, m.joined_year, m.joined_month
                from municipality m join region r on r.id = m.region_id
                where m.status in (:standings) order by r.sort_no, m.name_el""")
                .param("standings", standings.stream().map(Enum::name).toList())
                .query((rs, n) -> new Place(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), MembershipStatus.valueOf(rs.getString(8)),
                        (Integer) rs.getObject(9, Integer.class), (Integer) rs.getObject(10, Integer.class)))
                .list();
    }

    /** Open accession cases per stage, in the board's order (stages without a case count zero). */
    @Transactional(readOnly = true)
    public List<StageCount> funnel() {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("select stage, count(*) from accession_case where closed_on is null group by stage")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return OPEN_STAGES.stream().map(s -> new StageCount(s, counts.getOrDefault(s, 0))).toList();
    }

    /** Cases opened, closed and admitted between the dates (inclusive), and open cases overdue on {@code today}. */
    @Transactional(readOnly = true)
    public AccessionCounts accessions(LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.sql("""
                select (select count(*) from accession_case where opened_on between :from and :to),
                       (select count(*) from accession_case where closed_on between :from and :to),
                       (select count(*) from accession_case where closed_on between :from and :to
                               and stage = 'ADMITTED'),
                       (select count(*) from accession_case where closed_on is null and next_action_on < :today)""")
                .param("from", from).param("to", to).param("today", today)
                .query((rs, n) -> new AccessionCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }

    /** Municipalities that became members between the dates (inclusive), by the registry's history. */
    @Transactional(readOnly = true)
    public List<Place> joined(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select distinct m.id, m.source_id, m.official_name_el, m.official_name_en, r.id, r.name_el,
                       r.name_en, m.status, m.joined_year, m.joined_month, r.sort_no, m.name_el
                from membership_change c join municipality m on m.id = c.municipality_id
                     join region r on r.id = m.region_id
                where c.to_status = 'MEMBER' and (c.from_status is null or c.from_status <> 'MEMBER')
                      and c.effective_on between :from and :to
                order by r.sort_no, m.name_el""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new Place(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), MembershipStatus.valueOf(rs.getString(8)),
                        (Integer) rs.getObject(9, Integer.class), (Integer) rs.getObject(10, Integer.class)))
                .list();
    }
}
