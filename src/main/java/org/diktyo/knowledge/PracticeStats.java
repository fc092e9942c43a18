package org.diktyo.knowledge;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of the knowledge base for dashboards and reports (read-only, plain SQL): practices and
 * challenges published in a period, by theme and by target group. Records out, never entities.
 */
@Service
public class PracticeStats {

    /** Entries published in a period under one theme or target group (an entry may have several). */
    public record Count(String code, String labelEl, String labelEn, int practices, int challenges) {
    }

    private final JdbcClient jdbc;

    PracticeStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Published between the dates (inclusive), per theme in the vocabulary's order (themes without any count zero). */
    @Transactional(readOnly = true)
    public List<Count> byTheme(LocalDate from, LocalDate to) {
        return counts("knowledge_theme", "knowledge_entry_theme", from, to);
    }

    /** Published between the dates (inclusive), per target group. */
    @Transactional(readOnly = true)
    public List<Count> byTargetGroup(LocalDate from, LocalDate to) {
        return counts("knowledge_target_group", "knowledge_entry_target", from, to);
    }

    /** Practices and challenges published between the dates (inclusive), whatever their themes. */
    @Transactional(readOnly = true)
    public Count total(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select sum(case when kind = 'PRACTICE' then 1 else 0 end), sum(case when kind = 'CHALLENGE' then 1 else 0 end)
                from knowledge_entry where state = 'PUBLISHED' and published_at >= :from and published_at < :to""")
                .param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> new Count("", "", "", rs.getInt(1), rs.getInt(2))).single();
    }

    private List<Count> counts(String vocabulary, String link, LocalDate from, LocalDate to) {
        // the published entries of the period first, then their codes: no outer join through the vocabulary
        java.util.Map<String, int[]> counts = new java.util.HashMap<>();
        jdbc.sql("select l.code, sum(case when e.kind = 'PRACTICE' then 1 else 0 end),"
                        + " sum(case when e.kind = 'CHALLENGE' then 1 else 0 end)"
                        + " from knowledge_entry e join " + link + " l on l.entry_id = e.id"
                        + " where e.state = 'PUBLISHED' and e.published_at >= :from and e.published_at < :to"
                        + " group by l.code")
                .param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        return jdbc.sql("select code, label_el, label_en from " + vocabulary + " order by position")
                .query((rs, n) -> {
                    int[] c = counts.getOrDefault(rs.getString(1), new int[2]);
                    return new Count(rs.getString(1), rs.getString(2), rs.getString(3), c[0], c[1]);
                }).list();
    }
}
