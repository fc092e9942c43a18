package org.diktyo.insights;

import org.diktyo.invitations.ReplyStats;
import org.diktyo.knowledge.PracticeStats;
import org.diktyo.meetings.MeetingStats;
import org.diktyo.memorandum.AdoptionStats;
import org.diktyo.network.MembershipStats;
import org.diktyo.positions.PositionStats;
import org.springframework.stereotype.Component;

/** The read-only stats APIs of the modules below that the dashboard and the report both read. */
@Component
public record ModuleStats(MembershipStats membership, AdoptionStats adoption, MeetingStats meetings,
        ReplyStats replies, PracticeStats practices, PositionStats positions) {
}
