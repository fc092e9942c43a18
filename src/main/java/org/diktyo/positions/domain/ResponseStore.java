package org.diktyo.positions.domain;

import java.util.List;

import org.diktyo.language.Bilingual;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The answers to the positions, in the database. */
@Repository
class ResponseStore {

    private final JdbcTemplate jdbc;

    ResponseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PositionResponse r) {
        jdbc.update("insert into joint_position_response (id, position_id, received_on, from_body, protocol_no, summary_el,"
                + " summary_en, public_flag, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.positionId(),
                PositionStore.date(r.receivedOn()), r.fromBody(), r.protocolNo(), r.summary().el(),
                r.summary().en() == null ? "" : r.summary().en(), r.published(), PositionStore.time(r.recordedAt()));
    }

    List<PositionResponse> of(String positionId) {
        return jdbc.query("select * from joint_position_response where position_id = ? order by received_on, recorded_at",
                (rs, n) -> new PositionResponse(rs.getString("id"), rs.getString("position_id"),
                        PositionStore.local(rs.getDate("received_on")), rs.getString("from_body"), rs.getString("protocol_no"),
                        Bilingual.of(rs.getString("summary_el"), rs.getString("summary_en")), rs.getBoolean("public_flag"),
                        PositionStore.instant(rs.getTimestamp("recorded_at"))), positionId);
    }
}
