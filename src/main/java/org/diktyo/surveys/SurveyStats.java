package org.diktyo.surveys;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of needs surveys for reports (read-only, plain SQL): each published survey open during
 * a period, with how many municipalities answered it. Records out, never answers or people.
 */
@Service
public class SurveyStats {

    /** One survey: its title, its days, and the number of municipalities that answered. */
    public record SurveyCount(String id, String titleEl, String titleEn, LocalDate opensOn, LocalDate closesOn,
            int responses) {
    }

    private final JdbcClient jdbc;

    SurveyStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Published surveys open on at least one day between the dates (inclusive). */
    @Transactional(readOnly = true)
    public List<SurveyCount> openBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.id, s.title_el, s.title_en, s.opens_on, s.closes_on,
                       (select count(*) from survey_response r where r.survey_id = s.id)
                from survey s
                where s.state = 'PUBLISHED' and s.opens_on <= :to and s.closes_on >= :from
                order by s.opens_on, s.title_el""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new SurveyCount(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6)))
                .list();
    }
}
