package org.diktyo.invitations.campaigns;

import java.time.Clock;
import java.time.Instant;

import org.diktyo.jobs.Job;
import org.diktyo.jobs.JobHandler;
import org.diktyo.jobs.Jobs;
import org.diktyo.meetings.AgendaChanged;
import org.diktyo.meetings.AgendaPublished;
import org.diktyo.meetings.MeetingFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaigns' jobs, run once across instances by the jobs module: reminders before the
 * deadline ({@code REMINDER:<campaign>:<days>}, scheduled when the campaign is sent) and the
 * agenda when it is published or changed ({@code AGENDA:<campaign>:<version>}). The outcome of
 * each is the number of mails it queued.
 *
 * <p>The agenda events of the meetings module schedule an agenda job per campaign (through
 * the event publication registry, so a crash does not lose them); a sweep on every interval
 * catches any version no campaign has announced yet.
 */
@Configuration(proxyBeanMethods = false)
class CampaignJobs {

    static final String REMINDER = "REMINDER";
    static final String AGENDA = "AGENDA";

    private final JdbcTemplate jdbc;
    private final Jobs jobs;
    private final MeetingFacts meetings;
    private final TransactionTemplate tx;
    private final Clock clock;

    CampaignJobs(JdbcTemplate jdbc, Jobs jobs, MeetingFacts meetings, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.meetings = meetings;
        this.tx = tx;
        this.clock = clock;
    }

    @Bean
    JobHandler campaignReminders(CampaignNotices notices) {
        return handler(REMINDER, job -> notices.remind(job.subject()));
    }

    @Bean
    JobHandler agendaNotices(CampaignNotices notices) {
        return handler(AGENDA, job -> notices.announceAgenda(job.subject()));
    }

    private static JobHandler handler(String kind, java.util.function.ToIntFunction<Job> mailsQueued) {
        return JobHandler.of(kind, job -> String.valueOf(mailsQueued.applyAsInt(job)));
    }

    /** Schedules the campaign's reminder {@code days} before its deadline. */
    void scheduleReminder(String campaignId, int days, Instant due) {
        jobs.schedule(REMINDER + ":" + campaignId + ":" + days, REMINDER, campaignId, due);
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
            jobs.schedule(AGENDA + ":" + campaign + ":" + version, AGENDA, campaign, now);
            jdbc.update("update invitation_campaign set agenda_announced = ? where id = ? and agenda_announced < ?", version,
                    campaign, version);
        }
    }

    @Scheduled(fixedDelayString = "${diktyo.invitations.job-interval:5s}")
    void sweepAgendas() {
        tx.executeWithoutResult(s -> {
            for (var row : jdbc.queryForList("select distinct meeting_id from invitation_campaign where status <> 'DRAFT'",
                    String.class)) {
                meetings.meeting(row).filter(m -> m.agendaVersion() > 0)
                        .ifPresent(m -> scheduleAgenda(m.id(), m.agendaVersion()));
            }
        });
    }
}
