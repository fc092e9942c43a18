package org.diktyo.memorandum;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of adoption of the memorandum for dashboards and reports (read-only, plain SQL): how
 * many members have adopted the version in force (a verified adoption), and adoptions verified
 * in a period per version. Records out, never entities.
 */
@Service
public class AdoptionStats {

    /** The version in force: members that adopted it of all members, and how many are late. */
    public record InForce(int number, String labelEl, String labelEn, int adopted, int members, int late,
            LocalDate deadline) {
    }

    /** Adoptions of one version verified in a period. */
    public record VersionCount(int number, String labelEl, String labelEn, int adoptions) {
    }

    private final JdbcClient jdbc;

    AdoptionStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<InForce> inForce(LocalDate today) {
        return jdbc.sql("""
                select v.number, v.label_el, v.label_en,
                       (select count(*) from memorandum_adoption a join municipality m on m.id = a.municipality_id
                         where a.version_number = v.number and a.state = 'VERIFIED' and m.status = 'MEMBER'),
                       (select count(*) from municipality m where m.status = 'MEMBER'),
                       case when v.readoption_deadline is not null and v.readoption_deadline < :today then
                       (select count(*) from municipality m where m.status = 'MEMBER' and not exists
                         (select 1 from memorandum_adoption a where a.version_number = v.number
                           and a.municipality_id = m.id and a.state = 'VERIFIED')) else 0 end,
                       v.readoption_deadline
                from memorandum_version v where v.state = 'IN_FORCE' order by v.number desc""")
                .param("today", today)
                .query((rs, n) -> new InForce(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getObject(7, LocalDate.class)))
                .list().stream().findFirst();
    }

    /** Adoptions verified between the dates (inclusive, local time), per version. */
    @Transactional(readOnly = true)
    public List<VersionCount> verifiedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select v.number, v.label_el, v.label_en, count(*)
                from memorandum_adoption a join memorandum_version v on v.number = a.version_number
                where a.state = 'VERIFIED' and a.verified_at >= :from and a.verified_at < :to
                group by v.number, v.label_el, v.label_en order by v.number""")
                .param("from", from.atStartOfDay()).param("to", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> new VersionCount(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }
}
