package org.diktyo.network.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.diktyo.network.AdoptionEvidence;
import org.diktyo.network.MembershipStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The evidence of membership in SQL: the override columns of a municipality, its adoptions and
 * withdrawals, and the version of the memorandum in force. Runs in the caller's transaction.
 */
@Repository
public class MembershipStore {

    /** A municipality's row as the derivation needs it. */
    public record Row(String id, MembershipStatus status, MembershipStatus overrideStatus, String overrideReason,
            LocalDate overrideUntil, String overrideBy, String flag, Integer joinedYear) {
    }

    /** The version of the memorandum in force. */
    public record InForce(int version, LocalDate from, LocalDate readoptionDeadline) {
    }

    /** A piece of evidence as recorded. */
    public record EvidenceRow(long id, String kind, int version, LocalDate signedOn, Instant verifiedAt, String evidenceUrl,
            String reason, Instant recordedAt) {
    }

    private final JdbcTemplate jdbc;

    MembershipStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipality's row, locked until the transaction ends (one derivation at a time per municipality). */
    public Optional<Row> lock(String id) {
        return jdbc.query("select id, status, override_status, override_reason, override_until, override_by,"
                + " membership_flag, joined_year from municipality where id = ? for update", (rs, n) -> new Row(
                        rs.getString(1), MembershipStatus.valueOf(rs.getString(2)), status(rs.getString(3)), rs.getString(4),
                        local(rs.getDate(5)), rs.getString(6), rs.getString(7), (Integer) rs.getObject(8)), id)
                .stream().findFirst();
    }

    public Optional<Row> read(String id) {
        return jdbc.query("select id, status, override_status, override_reason, override_until, override_by,"
                + " membership_flag, joined_year from municipality where id = ?", (rs, n) -> new Row(
                        rs.getString(1), MembershipStatus.valueOf(rs.getString(2)), status(rs.getString(3)), rs.getString(4),
                        local(rs.getDate(5)), rs.getString(6), rs.getString(7), (Integer) rs.getObject(8)), id)
                .stream().findFirst();
    }

    public void status(String id, MembershipStatus status, String flag) {
        jdbc.update("update municipality set status = ?, membership_flag = ?, version = version + 1 where id = ?",
                status.name(), flag, id);
    }

    public void flag(String id, String flag) {
        jdbc.update("update municipality set membership_flag = ? where id = ?", flag, id);
    }

    public void joined(String id, LocalDate on) {
        jdbc.update("update municipality set joined_year = ?, joined_month = ?, version = version + 1 where id = ? and joined_year is null",
                on.getYear(), on.getMonthValue(), id);
    }

    public void override(String id, MembershipStatus status, String reason, LocalDate until, String by) {
        jdbc.update("update municipality set override_status = ?, override_reason = ?, override_until = ?,"
                + " override_by = ?, version = version + 1 where id = ?", status == null ? null : status.name(), reason,
                date(until), by, id);
    }

    /** Members that never had an override and have no evidence: the historical members, without paperwork on file. */
    public List<String> membersWithoutEvidence() {
        return jdbc.queryForList("select m.id from municipality m where m.status = 'MEMBER' and m.override_reason is null"
                + " and not exists (select 1 from membership_evidence e where e.municipality_id = m.id) order by m.id",
                String.class);
    }

    public List<EvidenceRow> evidence(String municipalityId) {
        return jdbc.query("select id, kind, version_number, signed_on, verified_at, evidence_url, reason, recorded_at"
                + " from membership_evidence where municipality_id = ? order by id", (rs, n) -> new EvidenceRow(rs.getLong(1),
                        rs.getString(2), rs.getInt(3), local(rs.getDate(4)), instant(rs.getTimestamp(5)), rs.getString(6),
                        rs.getString(7), instant(rs.getTimestamp(8))), municipalityId);
    }

    public void adoption(AdoptionEvidence e, Instant now) {
        jdbc.update("insert into membership_evidence (municipality_id, kind, version_number, signed_on, verified_at,"
                + " evidence_url, recorded_at) values (?, 'ADOPTION', ?, ?, ?, ?, ?)", e.municipalityId(), e.versionNumber(),
                date(e.signedOn()), ts(e.verifiedAt()), e.evidenceUrl(), ts(now));
    }

    public void withdrawal(String municipalityId, int version, String reason, Instant now) {
        jdbc.update("insert into membership_evidence (municipality_id, kind, version_number, reason, recorded_at)"
                + " values (?, 'WITHDRAWAL', ?, ?, ?)", municipalityId, version, reason, ts(now));
    }

    /** Municipalities with any evidence, or a member's status, or an override: those a change of version may move. */
    public List<String> withEvidence() {
        return jdbc.queryForList("select id from municipality m where m.status = 'MEMBER' or m.override_status is not null"
                + " or exists (select 1 from membership_evidence e where e.municipality_id = m.id) order by id", String.class);
    }

    public Optional<InForce> inForce() {
        return jdbc.query("select version_number, in_force_from, readoption_deadline from memorandum_in_force where id = 1",
                (rs, n) -> new InForce(rs.getInt(1), local(rs.getDate(2)), local(rs.getDate(3)))).stream().findFirst();
    }

    public void inForce(InForce v) {
        if (jdbc.update("update memorandum_in_force set version_number = ?, in_force_from = ?, readoption_deadline = ?"
                + " where id = 1", v.version(), date(v.from()), date(v.readoptionDeadline())) == 0) {
            jdbc.update("insert into memorandum_in_force (id, version_number, in_force_from, readoption_deadline)"
                    + " values (1, ?, ?, ?)", v.version(), date(v.from()), date(v.readoptionDeadline()));
        }
    }

    static MembershipStatus status(String s) {
        return s == null ? null : MembershipStatus.valueOf(s);
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
