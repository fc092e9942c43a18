package org.diktyo.jobs.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diktyo.jobs.Job;
import org.diktyo.jobs.JobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs due jobs, each once across instances: a job is claimed by the conditional update that
 * marks it done, in the same transaction as its handler's work. Only kinds this instance has a
 * handler for are claimed; a failed job is rolled back and tried again on the next run.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<String, JobHandler> handlers;

    JobRunner(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, List<JobHandler> handlers) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
    }

    @Scheduled(fixedDelayString = "${diktyo.jobs.interval:5s}")
    void runDue() {
        for (Job job : due(Instant.now(clock))) {
            try {
                tx.executeWithoutResult(s -> run(job));
            } catch (RuntimeException e) {
                log.warn("job {} failed and will be tried again: {}", job.id(), e.toString());
            }
        }
    }

    List<Job> due(Instant now) {
        return jdbc.query("select id, kind, subject_id, due_at from scheduled_job where done_at is null and due_at <= ?"
                + " order by due_at", (rs, n) -> new Job(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), null, null), Timestamp.from(now))
                .stream().filter(j -> handlers.containsKey(j.kind())).toList();
    }

    private void run(Job job) {
        if (jdbc.update("update scheduled_job set done_at = ? where id = ? and done_at is null",
                Timestamp.from(Instant.now(clock)), job.id()) != 1) {
            return; // another instance won
        }
        String outcome = handlers.get(job.kind()).run(job);
        jdbc.update("update scheduled_job set outcome = ? where id = ?", outcome, job.id());
        log.info("job {}: {}", job.id(), outcome);
    }
}
