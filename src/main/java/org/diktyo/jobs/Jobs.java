package org.diktyo.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The jobs module's API: schedule a job once, list a subject's jobs. */
@Service
public class Jobs {

    private final JdbcTemplate jdbc;

    Jobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Schedules the job {@code id} unless a job of that id exists (done or not); in the caller's transaction. */
    public void schedule(String id, String kind, String subject, Instant due) {
        jdbc.update("insert into scheduled_job (id, kind, subject_id, due_at) select ?, ?, ?, ?"
                + " where not exists (select 1 from scheduled_job where id = ?)", id, kind, subject, ts(due), id);
    }

    /** The jobs about {@code subject}, the earliest due first. */
    public List<Job> about(String subject) {
        return jdbc.query("select id, kind, subject_id, due_at, done_at, outcome from scheduled_job where subject_id = ?"
                + " order by due_at, id", (rs, n) -> new Job(rs.getString(1), rs.getString(2), rs.getString(3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getString(6)), subject);
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
