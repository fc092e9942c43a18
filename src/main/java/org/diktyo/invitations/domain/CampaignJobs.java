package org.diktyo.invitations.domain;

import java.time.Clock;
import java.time.Instant;

import org.diktyo.meetings.AgendaChanged;
import org.diktyo.meetings.AgendaPublished;
import org.diktyo.meetings.MeetingFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the campaigns' jobs exactly once across instances: reminders before the deadline and
 * the agenda when it is published or changed. A job is claimed by the conditional update that
 * marks it done, in the same transaction as the mails it queues: two instances cannot both
 * win, and a crash rolls back both the mark and the mails, so the job runs again.
 *
 * <p>The agenda events of the meetings module schedule an agenda job per campaign (through
 * the event publication registry, so a crash does not lose them); a sweep on every run
 * catches any version no campaign has announced yet.
 */
@Component
class CampaignJobs {

    private static final Logger log = LoggerFactory.getLogger(CampaignJobs.class);

    private final JdbcTemplate jdbc;
    private final JobStore jobs;
    private final Notices notices;
    private final MeetingFacts meetings;
    private final TransactionTemplate tx;
    private final Clock clock;

    CampaignJobs(JdbcTemplate jdbc, JobStore jobs, Notices notices, MeetingFacts meetings, TransactionTemplate tx,
            Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.notices = notices;
        this.meetings = meetings;
        this.tx = tx;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AgendaPublished event) {
        scheduleAgenda(event.meetingId(), event.version());
    }

    @ApplicationModuleListener
    void on(AgendaChanged event) {
        scheduleAgenda(event.meetingId(), event.version());
    }

    /** An agenda job for each sent campaign of the meeting that has not announced this version. */
    void scheduleAgenda(String meetingId, int version) {
        Instant now = Instant.now(clock);
        for (String campaign : jdbc.queryForList("select id from invitation_campaign where meeting_id = ?"
                + " and status <> 'DRAFT' and agenda_announced < ?", String.class, meetingId, version)) {
            jobs.schedule("AGENDA:" + campaign + ":" + version, "AGENDA", campaign, now);
            jdbc.update("update invitation_campaign set agenda_announced = ? where id = ? and agenda_announced < ?", version,
                    campaign, version);
        }
    }

    @Scheduled(fixedDelayString = "${diktyo.invitations.job-interval:5s}")
    void runDue() {
        tx.executeWithoutResult(s -> sweepAgendas());
        for (String id : jobs.due(Instant.now(clock))) {
            try {
                tx.executeWithoutResult(s -> run(id));
            } catch (RuntimeException e) {
                log.warn("job {} failed and will be tried again: {}", id, e.toString());
            }
        }
    }

    private void sweepAgendas() {
        for (var row : jdbc.queryForList("select distinct meeting_id from invitation_campaign where status <> 'DRAFT'",
                String.class)) {
            meetings.meeting(row).filter(m -> m.agendaVersion() > 0).ifPresent(m -> scheduleAgenda(m.id(), m.agendaVersion()));
        }
    }

    private void run(String id) {
        if (!jobs.claim(id, Instant.now(clock))) {
            return;
        }
        String[] parts = id.split(":");
        String campaign = parts[1];
        int sent = switch (parts[0]) {
            case "REMINDER" -> notices.remind(campaign);
            case "AGENDA" -> notices.announceAgenda(campaign);
            default -> 0;
        };
        jobs.outcome(id, String.valueOf(sent));
        log.info("job {}: {} mails queued", id, sent);
    }
}
