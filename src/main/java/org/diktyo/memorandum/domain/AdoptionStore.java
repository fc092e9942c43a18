package org.diktyo.memorandum.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The municipalities' adoptions of the memorandum's versions in the database. */
@Repository
class AdoptionStore {

    private final JdbcTemplate jdbc;

    AdoptionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Adoption a) {
        jdbc.update("insert into memorandum_adoption (version_number, municipality_id, state, requested_at, version)"
                + " values (?, ?, ?, ?, 0)", a.versionNumber(), a.municipalityId(), a.state().name(), time(a.requestedAt()));
    }

    Optional<Adoption> find(int versionNumber, String municipalityId) {
        return jdbc.query("select * from memorandum_adoption where version_number = ? and municipality_id = ?",
                this::adoption, versionNumber, municipalityId).stream().findFirst();
    }

    List<Adoption> of(int versionNumber) {
        return jdbc.query("select * from memorandum_adoption where version_number = ? order by municipality_id",
                this::adoption, versionNumber);
    }

    List<Adoption> inState(int versionNumber, AdoptionState state) {
        return jdbc.query("select * from memorandum_adoption where version_number = ? and state = ? order by decision_date,"
                + " municipality_id", this::adoption, versionNumber, state.name());
    }

    /** Writes every field of {@code a} if the row is still at {@code a.version()}; a 409 otherwise. */
    void update(Adoption a) {
        int changed = jdbc.update("update memorandum_adoption set state = ?, decision_number = ?, decision_date = ?, ada = ?,"
                + " signatory_name = ?, signatory_capacity = ?, authorisation_ref = ?, signed_on = ?, signed_copy_id = ?,"
                + " method = ?, official_name_el = ?, text_hash_at_signing = ?, refusal_reason = ?, recorded_at = ?,"
                + " verified_at = ?, verified_by = ?, version = version + 1"
                + " where version_number = ? and municipality_id = ? and version = ?",
                a.state().name(), a.decisionNumber(), date(a.decisionDate()), a.ada(), a.signatoryName(),
                a.signatoryCapacity() == null ? null : a.signatoryCapacity().name(), a.authorisationRef(),
                date(a.signedOn()), a.signedCopyId(), a.method(), a.officialNameEl(), a.textHashAtSigning(),
                a.refusalReason(), time(a.recordedAt()), time(a.verifiedAt()), a.verifiedBy(), a.versionNumber(),
                a.municipalityId(), a.version());
        if (changed == 0) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
    }

    private Adoption adoption(ResultSet rs, int row) throws SQLException {
        String capacity = rs.getString("signatory_capacity");
        return new Adoption(rs.getInt("version_number"), rs.getString("municipality_id"),
                AdoptionState.valueOf(rs.getString("state")), rs.getString("decision_number"),
                local(rs.getDate("decision_date")), rs.getString("ada"), rs.getString("signatory_name"),
                capacity == null ? null : SignatoryCapacity.valueOf(capacity), rs.getString("authorisation_ref"),
                local(rs.getDate("signed_on")), rs.getString("signed_copy_id"), rs.getString("method"),
                rs.getString("official_name_el"), rs.getString("text_hash_at_signing"), rs.getString("refusal_reason"),
                instant(rs.getTimestamp("requested_at")), instant(rs.getTimestamp("recorded_at")),
                instant(rs.getTimestamp("verified_at")), rs.getString("verified_by"), rs.getInt("version"));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
