package org.diktyo.invitations.web;

import java.time.Instant;
import java.util.List;

import org.diktyo.meetings.MeetingFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only lists for the campaign pages: a campaign's scheduled jobs, the meetings one can invite to. */
@Component
class CampaignLists {

    private final JdbcTemplate jdbc;
    private final MeetingFacts meetings;

    CampaignLists(JdbcTemplate jdbc, MeetingFacts meetings) {
        this.jdbc = jdbc;
        this.meetings = meetings;
    }

    @Transactional(readOnly = true)
    List<InvitationViews.JobLine> jobs(String campaignId) {
        return jdbc.query("select kind, due_at, done_at, outcome from invitation_job where campaign_id = ? order by due_at",
                (rs, n) -> new InvitationViews.JobLine(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4)), campaignId);
    }

    List<MeetingFacts.MeetingInfo> upcomingMeetings() {
        return meetings.upcoming();
    }
}
