package org.diktyo.positions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of joint positions for dashboards and reports (read-only, plain SQL): positions open
 * for signature and positions sent in a period, each with its valid signatures and the
 * responses received. Records out, never entities; municipalities by number, never people.
 */
@Service
public class PositionStats {

    /** One position with its counts; {@code closes} is the signature's close or null, {@code sentOn} null if not sent. */
    public record PositionCount(String id, String titleEl, String titleEn, String state, int signatures,
            int responses, OffsetDateTime closes, LocalDate sentOn) {
    }

    private static final String SELECT = """
            select p.id, p.title_el, p.title_en, p.state,
                   (select count(*) from joint_position_signature s where s.position_id = p.id and s.state = 'VALID'),
                   (select count(*) from joint_position_response r where r.position_id = p.id),
                   p.signature_closes, p.sent_on
            from joint_position p""";

    private final JdbcClient jdbc;

    PositionStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PositionCount> openForSignature() {
        return jdbc.sql(SELECT + " where p.state = 'OPEN_FOR_SIGNATURE' order by p.signature_closes, p.title_el")
                .query((rs, n) -> row(rs)).list();
    }

    /** Positions sent between the dates (inclusive). */
    @Transactional(readOnly = true)
    public List<PositionCount> sentBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where p.sent_on between :from and :to order by p.sent_on, p.title_el")
                .param("from", from).param("to", to).query((rs, n) -> row(rs)).list();
    }

    private static PositionCount row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PositionCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), rs.getObject(7, OffsetDateTime.class), rs.getObject(8, LocalDate.class));
    }
}
