package org.diktyo.memorandum.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The versions of the memorandum in the database. */
@Repository
class VersionStore {

    private final JdbcTemplate jdbc;

    VersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MemorandumVersion v) {
        jdbc.update("insert into memorandum_version (number, label_el, label_en, state, based_on, text_id, in_force_from,"
                + " changelog_el, changelog_en, readoption_deadline, text_hash, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                v.number(), v.label().el(), v.label().en(), v.state().name(), v.basedOn(), v.textId(), date(v.inForceFrom()),
                v.changelog().el(), v.changelog().en(), date(v.readoptionDeadline()), v.textHash());
    }

    List<MemorandumVersion> all() {
        return jdbc.query("select * from memorandum_version order by number desc", this::version);
    }

    Optional<MemorandumVersion> find(int number) {
        return jdbc.query("select * from memorandum_version where number = ?", this::version, number).stream().findFirst();
    }

    MemorandumVersion get(int number) {
        return find(number).orElseThrow(Problem::notFound);
    }

    /** Moves a version to a state if it is still at {@code version}; a 409 otherwise. */
    void update(MemorandumVersion v, VersionState state, LocalDate inForceFrom, String hash) {
        int changed = jdbc.update("update memorandum_version set state = ?, in_force_from = ?, text_hash = ?,"
                + " version = version + 1 where number = ? and version = ?", state.name(), date(inForceFrom), hash,
                v.number(), v.version());
        if (changed == 0) {
            throw new Problem(HttpStatus.CONFLICT, "platform.error.conflict");
        }
    }

    /** Sets the date by which the members are to adopt the version. */
    void readoptionDeadline(int number, LocalDate deadline) {
        jdbc.update("update memorandum_version set readoption_deadline = ?, version = version + 1 where number = ?",
                date(deadline), number);
    }

    private MemorandumVersion version(ResultSet rs, int row) throws SQLException {
        int based = rs.getInt("based_on");
        Integer basedOn = rs.wasNull() ? null : based;
        return new MemorandumVersion(rs.getInt("number"), Bilingual.of(rs.getString("label_el"), rs.getString("label_en")),
                VersionState.valueOf(rs.getString("state")), basedOn, rs.getString("text_id"),
                local(rs.getDate("in_force_from")), Bilingual.of(rs.getString("changelog_el"), rs.getString("changelog_en")),
                local(rs.getDate("readoption_deadline")), rs.getString("text_hash"), rs.getInt("version"));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate local(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
