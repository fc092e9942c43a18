package org.diktyo.insights.dashboard;

import java.util.List;

import org.diktyo.insights.Period;
import org.diktyo.knowledge.PracticeStats;
import org.diktyo.meetings.MeetingStats;
import org.diktyo.memorandum.AdoptionStats;
import org.diktyo.network.MembershipStats;
import org.diktyo.positions.PositionStats;

/**
 * The figures of the dashboard for a period: counts only, no contacts, no notes, so the
 * partners see the same as the secretariat.
 */
public record Dashboard(Period period, List<MembershipStats.RegionCount> regions,
        AdoptionStats.InForce adoption, List<MembershipStats.StageCount> funnel,
        MembershipStats.AccessionCounts accessions, List<NextMeeting> nextMeetings, PracticeStats.Count practices,
        List<PracticeStats.Count> practicesByTheme, List<PositionStats.PositionCount> openPositions) {

    /** A meeting to come with its invitations sent and answered. */
    public record NextMeeting(MeetingStats.MeetingCount meeting, int invited, int answered) {

        /** Answered of invited, in whole percent (0 when none was invited). */
        public int replyRate() {
            return invited == 0 ? 0 : Math.round(100f * answered / invited);
        }
    }

    public int members() {
        return regions.stream().mapToInt(MembershipStats.RegionCount::members).sum();
    }

    public int candidates() {
        return regions.stream().mapToInt(MembershipStats.RegionCount::candidates).sum();
    }

    public int prospects() {
        return regions.stream().mapToInt(MembershipStats.RegionCount::prospects).sum();
    }
}
