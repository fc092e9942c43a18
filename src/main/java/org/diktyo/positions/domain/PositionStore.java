package org.diktyo.positions.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Positions and their addressees in the database. */
@Repository
class PositionStore {

    private final JdbcTemplate jdbc;

    PositionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Position p) {
        jdbc.update("insert into joint_position (id, title_el, title_en, subject_el, subject_en, text_id, state, open_to,"
                + " signatory_order, related_axes, related_entries, created_at, version, partners_may_endorse)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", p.id(), p.title().el(), p.title().en(),
                p.subject().el(), p.subject().en(), p.textId(), p.state().name(), p.openTo().name(),
                p.signatoryOrder().name(), String.join(",", p.relatedAxes()), String.join(",", p.relatedEntries()),
                time(p.createdAt()), p.partnersMayEndorse());
    }

    Optional<Position> find(String id) {
        return jdbc.query("select * from joint_position where id = ?", this::position, id).stream().findFirst();
    }

    Position get(String id) {
        return find(id).orElseThrow(Problem::notFound);
    }

    List<Position> all() {
        return jdbc.query("select * from joint_position order by created_at desc, id", this::position);
    }

    List<Position> inStates(List<PositionState> states) {
        String marks = String.join(", ", states.stream().map(s -> "?").toList());
        return jdbc.query("select * from joint_position where state in (" + marks + ") order by created_at desc, id",
                this::position, states.stream().map(Enum::name).toArray());
    }

    /** Writes every field of {@code p} if the row is still at {@code p.version()}; a 409 otherwise. */
    void update(Position p) {
        int changed = jdbc.update("update joint_position set title_el = ?, title_en = ?, subject_el = ?, subject_en = ?,"
                + " state = ?, open_to = ?, signatory_order = ?, related_axes = ?, related_entries = ?,"
                + " consultation_closes_on = ?, signature_opens = ?, signature_closes = ?, closes_on = ?,"
                + " min_signatories = ?, text_hash = ?, protocol_no = ?, sent_on = ?, sent_anyway_reason = ?,"
                + " partners_may_endorse = ?, version = version + 1 where id = ? and version = ?",
                p.title().el(), p.title().en(), p.subject().el(), p.subject().en(), p.state().name(), p.openTo().name(),
                p.signatoryOrder().name(), String.join(",", p.relatedAxes()), String.join(",", p.relatedEntries()),
                date(p.consultationClosesOn()), time(p.signatureOpens()), time(p.signatureCloses()), date(p.closesOn()),
                p.minSignatories(), p.textHash(), p.protocolNo(), date(p.sentOn()), p.sentAnywayReason(),
                p.partnersMayEndorse(), p.id(), p.version());
        if (changed == 0) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
    }

    List<Addressee> addressees(String positionId) {
        return jdbc.query("select * from joint_position_addressee where position_id = ? order by ordinal",
                (rs, n) -> new Addressee(rs.getString("body"), AddresseeRole.valueOf(rs.getString("role")),
                        rs.getString("email"), rs.getString("postal_address")), positionId);
    }

    void replaceAddressees(String positionId, List<Addressee> addressees) {
        jdbc.update("delete from joint_position_addressee where position_id = ?", positionId);
        jdbc.batchUpdate("insert into joint_position_addressee (position_id, ordinal, body, role, email, postal_address)"
                + " values (?, ?, ?, ?, ?, ?)", IntStream.range(0, addressees.size()).mapToObj(i -> {
                    Addressee a = addressees.get(i);
                    return new Object[] {positionId, i + 1, a.body(), a.role().name(), a.email(), a.postalAddress()};
                }).toList());
    }

    private Position position(ResultSet rs, int row) throws SQLException {
        Object min = rs.getObject("min_signatories");
        return new Position(rs.getString("id"), Bilingual.of(rs.getString("title_el"), rs.getString("title_en")),
                Bilingual.of(rs.getString("subject_el"), rs.getString("subject_en")), rs.getString("text_id"),
                PositionState.valueOf(rs.getString("state")), OpenTo.valueOf(rs.getString("open_to")),
                SignatoryOrder.valueOf(rs.getString("signatory_order")), list(rs.getString("related_axes")),
                list(rs.getString("related_entries")), local(rs.getDate("consultation_closes_on")),
                instant(rs.getTimestamp("signature_opens")), instant(rs.getTimestamp("signature_closes")),
                local(rs.getDate("closes_on")), min == null ? null : ((Number) min).intValue(), rs.getString("text_hash"),
                rs.getString("protocol_no"), local(rs.getDate("sent_on")), rs.getString("sent_anyway_reason"),
                instant(rs.getTimestamp("created_at")), rs.getInt("version"),
                rs.getBoolean("partners_may_endorse"));
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
