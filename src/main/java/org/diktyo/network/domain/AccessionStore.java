package org.diktyo.network.domain;

import static org.diktyo.network.domain.MembershipStore.date;
import static org.diktyo.network.domain.MembershipStore.local;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Accession cases in SQL. Runs in the caller's transaction. */
@Repository
public class AccessionStore {

    static final String COLUMNS = "c.id, c.municipality_id, c.stage, c.held_stage, c.stage_since, c.owner_email, c.source,"
            + " c.next_action, c.next_action_on, c.opened_on, c.closed_on, c.last_activity_on, c.version";

    /** What a list of cases is filtered by; a null filter is left out. */
    public record Filter(AccessionStage stage, String region, String owner, AccessionSource source, Boolean overdue,
            String municipalityId) {
    }

    private final JdbcTemplate jdbc;

    AccessionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AccessionCase c) {
        jdbc.update("insert into accession_case (id, municipality_id, open_key, stage, held_stage, stage_since, owner_email,"
                + " source, next_action, next_action_on, opened_on, closed_on, last_activity_on, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", c.id(), c.municipalityId(),
                c.open() ? c.municipalityId() : null, c.stage().name(), name(c.heldStage()), date(c.stageSince()),
                c.ownerEmail(), c.source().name(), c.nextAction(), date(c.nextActionOn()), date(c.openedOn()),
                date(c.closedOn()), date(c.lastActivityOn()));
    }

    public Optional<AccessionCase> find(String id) {
        return jdbc.query("select " + COLUMNS + " from accession_case c where c.id = ?", AccessionStore::row, id)
                .stream().findFirst();
    }

    public Optional<AccessionCase> openFor(String municipalityId) {
        return jdbc.query("select " + COLUMNS + " from accession_case c where c.open_key = ?", AccessionStore::row,
                municipalityId).stream().findFirst();
    }

    public void stage(AccessionCase c, AccessionStage stage, AccessionStage held, LocalDate since, LocalDate closedOn) {
        jdbc.update("update accession_case set stage = ?, held_stage = ?, stage_since = ?, closed_on = ?, open_key = ?,"
                + " version = version + 1 where id = ?", stage.name(), name(held), date(since), date(closedOn),
                closedOn == null ? c.municipalityId() : null, c.id());
    }

    public void plan(String id, String owner, String nextAction, LocalDate nextActionOn) {
        jdbc.update("update accession_case set owner_email = ?, next_action = ?, next_action_on = ?, version = version + 1"
                + " where id = ?", owner, nextAction, date(nextActionOn), id);
    }

    public void source(String id, AccessionSource source) {
        jdbc.update("update accession_case set source = ? where id = ?", source.name(), id);
    }

    public void touched(String id, LocalDate on) {
        jdbc.update("update accession_case set last_activity_on = ? where id = ? and last_activity_on < ?", date(on), id,
                date(on));
    }

    public List<AccessionCase> search(Filter f, LocalDate today, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(f, today, args);
        args.add(page * size);
        args.add(size);
        return jdbc.query("select " + COLUMNS + " from accession_case c join municipality m on m.id = c.municipality_id"
                + where + " order by c.opened_on desc, c.id offset ? rows fetch next ? rows only", AccessionStore::row,
                args.toArray());
    }

    public int count(Filter f, LocalDate today) {
        List<Object> args = new ArrayList<>();
        return jdbc.queryForObject("select count(*) from accession_case c join municipality m on m.id = c.municipality_id"
                + where(f, today, args), Integer.class, args.toArray());
    }

    /** Open cases by stage and region: the funnel. */
    public List<Object[]> funnel() {
        return jdbc.query("select c.stage, m.region_id, count(*) from accession_case c join municipality m"
                + " on m.id = c.municipality_id where c.closed_on is null group by c.stage, m.region_id order by c.stage,"
                + " m.region_id", (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)});
    }

    /** Open cases with an owner. */
    public List<AccessionCase> openCases() {
        return jdbc.query("select " + COLUMNS + " from accession_case c where c.closed_on is null order by c.id",
                AccessionStore::row);
    }

    private static String where(Filter f, LocalDate today, List<Object> args) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (f.stage() != null) {
            w.append(" and c.stage = ?");
            args.add(f.stage().name());
        } else {
            w.append(" and c.closed_on is null");
        }
        if (f.region() != null) {
            w.append(" and m.region_id = ?");
            args.add(f.region());
        }
        if (f.owner() != null) {
            w.append(" and c.owner_email = ?");
            args.add(f.owner());
        }
        if (f.source() != null) {
            w.append(" and c.source = ?");
            args.add(f.source().name());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            w.append(" and c.closed_on is null and c.next_action_on < ?");
            args.add(date(today));
        }
        if (f.municipalityId() != null) {
            w.append(" and c.municipality_id = ?");
            args.add(f.municipalityId());
        }
        return w.toString();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static AccessionCase row(ResultSet rs, int n) throws SQLException {
        String held = rs.getString(4);
        return new AccessionCase(rs.getString(1), rs.getString(2), AccessionStage.valueOf(rs.getString(3)),
                held == null ? null : AccessionStage.valueOf(held), local(rs.getDate(5)), rs.getString(6),
                AccessionSource.valueOf(rs.getString(7)), rs.getString(8), local(rs.getDate(9)), local(rs.getDate(10)),
                local(rs.getDate(11)), local(rs.getDate(12)), rs.getInt(13));
    }
}
