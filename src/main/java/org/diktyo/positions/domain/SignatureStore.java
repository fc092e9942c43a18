package org.diktyo.positions.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Co-signatures, corrections and the record of what was sent, in the database. */
@Repository
class SignatureStore {

    /** A correction of the frozen text: why, the text before it, the two hashes. */
    record Correction(String reason, String beforeTextId, String oldHash, String newHash, Instant at, String by) {
    }

    /** A message queued when the letter was sent: to an addressee ({@code TO}) or a copy ({@code COPY}). */
    record Sent(String recipient, String kind, long outboxId) {
    }

    private final JdbcTemplate jdbc;

    SignatureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CoSignature> find(String positionId, String municipalityId) {
        return jdbc.query("select * from joint_position_signature where position_id = ? and municipality_id = ?",
                this::signature, positionId, municipalityId).stream().findFirst();
    }

    List<CoSignature> of(String positionId) {
        return jdbc.query("select * from joint_position_signature where position_id = ? order by signed_at, municipality_id",
                this::signature, positionId);
    }

    void insert(CoSignature s) {
        jdbc.update("insert into joint_position_signature (position_id, municipality_id, official_name_el, official_name_en,"
                + " signatory_name, capacity_el, capacity_en, gender, method, signed_at, text_hash, state, signed_by, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", s.positionId(), s.municipalityId(),
                s.officialName().el(), text(s.officialName().en()), s.signatoryName(), s.capacity().el(),
                text(s.capacity().en()), s.gender(), s.method(), PositionStore.time(s.signedAt()), s.textHash(),
                s.state().name(), s.signedBy());
    }

    /**
     * The new state, hash, time, method and signer of {@code s}, if it is still at its version; a
     * 409 otherwise. The signature as it was is kept first in its history, with its letter.
     */
    void update(CoSignature s) {
        jdbc.update("insert into joint_position_signature_history (position_id, municipality_id, method, signed_at,"
                + " text_hash, state, signed_by, letter_file_id, replaced_at) select position_id, municipality_id, method,"
                + " signed_at, text_hash, state, signed_by, letter_file_id, ? from joint_position_signature"
                + " where position_id = ? and municipality_id = ? and version = ?", PositionStore.time(s.signedAt()),
                s.positionId(), s.municipalityId(), s.version());
        int changed = jdbc.update("update joint_position_signature set state = ?, text_hash = ?, signed_at = ?, method = ?,"
                + " signed_by = ?, version = version + 1 where position_id = ? and municipality_id = ? and version = ?",
                s.state().name(), s.textHash(), PositionStore.time(s.signedAt()), s.method(), s.signedBy(),
                s.positionId(), s.municipalityId(), s.version());
        if (changed == 0) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
    }

    /** The stored file of the letter uploaded for the signature, if any. */
    Optional<String> letter(String positionId, String municipalityId) {
        return jdbc.queryForList("select letter_file_id from joint_position_signature where position_id = ?"
                + " and municipality_id = ?", String.class, positionId, municipalityId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    void letter(String positionId, String municipalityId, String fileId) {
        jdbc.update("update joint_position_signature set letter_file_id = ? where position_id = ? and municipality_id = ?",
                fileId, positionId, municipalityId);
    }

    /** The earlier states of a municipality's signature, the latest first. */
    List<EarlierSignature> history(String positionId, String municipalityId) {
        return jdbc.query("select * from joint_position_signature_history where position_id = ? and municipality_id = ?"
                + " order by id desc", (rs, n) -> new EarlierSignature(rs.getString("method"),
                        PositionStore.instant(rs.getTimestamp("signed_at")), rs.getString("text_hash"),
                        SignatureState.valueOf(rs.getString("state")), rs.getString("signed_by"),
                        rs.getString("letter_file_id"), PositionStore.instant(rs.getTimestamp("replaced_at"))),
                positionId, municipalityId);
    }

    /** Every valid signature of the position now needs to be confirmed again; returns their municipalities. */
    List<String> askReconfirmation(String positionId) {
        List<String> valid = jdbc.queryForList("select municipality_id from joint_position_signature"
                + " where position_id = ? and state = 'VALID' order by municipality_id", String.class, positionId);
        jdbc.update("update joint_position_signature set state = 'NEEDS_RECONFIRMATION', version = version + 1"
                + " where position_id = ? and state = 'VALID'", positionId);
        return valid;
    }

    void correction(String positionId, Correction c) {
        jdbc.update("insert into joint_position_correction (position_id, reason, before_text_id, old_hash, new_hash,"
                + " corrected_at, corrected_by) values (?, ?, ?, ?, ?, ?, ?)", positionId, c.reason(), c.beforeTextId(),
                c.oldHash(), c.newHash(), PositionStore.time(c.at()), c.by());
    }

    List<Correction> corrections(String positionId) {
        return jdbc.query("select * from joint_position_correction where position_id = ? order by id",
                (rs, n) -> new Correction(rs.getString("reason"), rs.getString("before_text_id"), rs.getString("old_hash"),
                        rs.getString("new_hash"), PositionStore.instant(rs.getTimestamp("corrected_at")),
                        rs.getString("corrected_by")), positionId);
    }

    void sent(String positionId, List<Sent> sent) {
        for (int i = 0; i < sent.size(); i++) {
            Sent s = sent.get(i);
            jdbc.update("insert into joint_position_send (position_id, ordinal, recipient, kind, outbox_id)"
                    + " values (?, ?, ?, ?, ?)", positionId, i + 1, s.recipient(), s.kind(), s.outboxId());
        }
    }

    List<Sent> sent(String positionId) {
        return jdbc.query("select * from joint_position_send where position_id = ? order by ordinal",
                (rs, n) -> new Sent(rs.getString("recipient"), rs.getString("kind"), rs.getLong("outbox_id")), positionId);
    }

    private CoSignature signature(ResultSet rs, int row) throws SQLException {
        return new CoSignature(rs.getString("position_id"), rs.getString("municipality_id"),
                Bilingual.of(rs.getString("official_name_el"), rs.getString("official_name_en")),
                rs.getString("signatory_name"), Bilingual.of(rs.getString("capacity_el"), rs.getString("capacity_en")),
                rs.getString("gender"), rs.getString("method"), PositionStore.instant(rs.getTimestamp("signed_at")),
                rs.getString("text_hash"), SignatureState.valueOf(rs.getString("state")), rs.getString("signed_by"),
                rs.getInt("version"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
