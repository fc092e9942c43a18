package org.diktyo.invitations.web;

import java.util.List;
import java.util.Map;

import org.diktyo.meetings.MeetingFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only lists for the campaign pages: a campaign's scheduled jobs, the meetings one can invite to. */
@Component
class CampaignJobs {

    private final JdbcTemplate jdbc;
    private final MeetingFacts meetings;

    CampaignJobs(JdbcTemplate jdbc, MeetingFacts meetings) {
        this.jdbc = jdbc;
        this.meetings = meetings;
    }

    @Transactional(readOnly = true)
    List<Map<String, Object>> of(String campaignId) {
        return jdbc.queryForList("select kind, due_at, done_at, outcome from invitation_job where campaign_id = ?"
                + " order by due_at", campaignId);
    }

    /** Meetings still to come (draft or announced), to start a campaign for. */
    @Transactional(readOnly = true)
    List<MeetingFacts.MeetingInfo> upcomingMeetings() {
        return meetings.upcoming();
    }
}
