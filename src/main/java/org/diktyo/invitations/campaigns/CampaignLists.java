package org.diktyo.invitations.campaigns;

import java.util.List;

import org.diktyo.jobs.Jobs;
import org.diktyo.meetings.MeetingFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only lists for the campaign pages: a campaign's scheduled jobs, the meetings one can invite to. */
@Component
class CampaignLists {

    private final Jobs jobs;
    private final MeetingFacts meetings;

    CampaignLists(Jobs jobs, MeetingFacts meetings) {
        this.jobs = jobs;
        this.meetings = meetings;
    }

    @Transactional(readOnly = true)
    List<CampaignViews.JobLine> jobs(String campaignId) {
        return jobs.about(campaignId).stream()
                .map(j -> new CampaignViews.JobLine(j.kind(), j.dueAt(), j.doneAt(), j.outcome())).toList();
    }

    List<MeetingFacts.MeetingInfo> upcomingMeetings() {
        return meetings.upcoming();
    }
}
