package org.diktyo.invitations.domain;

import static org.diktyo.invitations.domain.CampaignStore.ts;

import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Jobs that must run once, across all instances: a reminder of a campaign, the announcement
 * of an agenda version. A job's id names what it does ({@code REMINDER:<campaign>:<days>},
 * {@code AGENDA:<campaign>:<version>}), so scheduling it twice schedules it once.
 */
@Component
class JobStore {

    private final JdbcTemplate jdbc;

    JobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void schedule(String id, String kind, String campaignId, Instant due) {
        jdbc.update("insert into invitation_job (id, kind, campaign_id, due_at) select ?, ?, ?, ?"
                + " where not exists (select 1 from invitation_job where id = ?)", id, kind, campaignId, ts(due), id);
    }

    java.util.List<String> due(Instant now) {
        return jdbc.queryForList("select id from invitation_job where done_at is null and due_at <= ? order by due_at",
                String.class, ts(now));
    }

    /** Claims a job by marking it done, in the transaction that does its work: true for the one caller that wins. */
    boolean claim(String id, Instant now) {
        return jdbc.update("update invitation_job set done_at = ? where id = ? and done_at is null", ts(now), id) == 1;
    }

    void outcome(String id, String outcome) {
        jdbc.update("update invitation_job set outcome = ? where id = ?", outcome, id);
    }

    /** Reminders and agenda notices of a campaign: id, kind, due, done, outcome. */
    java.util.List<java.util.Map<String, Object>> forCampaign(String campaignId) {
        return jdbc.queryForList("select id, kind, due_at, done_at, outcome from invitation_job where campaign_id = ?"
                + " order by due_at", campaignId);
    }
}
