package org.diktyo.insights.report;

import java.util.List;

import org.diktyo.insights.Period;
import org.diktyo.invitations.ReplyStats;
import org.diktyo.knowledge.PracticeStats;
import org.diktyo.meetings.MeetingStats;
import org.diktyo.memorandum.AdoptionStats;
import org.diktyo.network.MembershipStats;
import org.diktyo.positions.PositionStats;
import org.diktyo.surveys.SurveyStats;

/**
 * The activity report for a period, for IOM and UNHCR: aggregated figures and municipalities
 * by name, never people (no names, addresses or contacts of anyone).
 */
public record ActivityReport(Period period, List<MeetingStats.MeetingCount> meetings,
        List<ReplyStats.PartAttendance> attendance, List<MembershipStats.Place> newMembers,
        MembershipStats.AccessionCounts accessions, List<AdoptionStats.VersionCount> adoptions,
        PracticeStats.Count practices, List<PracticeStats.Count> byTheme, List<PracticeStats.Count> byTargetGroup,
        List<PositionStats.PositionCount> positions, List<SurveyStats.SurveyCount> surveys) {

    /** Municipalities attending one part of a meeting. */
    public record PartRow(String meetingId, String partId, String partTitleEl, String partTitleEn, int municipalities,
            int seats, List<String> namesEl, List<String> namesEn) {
    }

    /** Attendance grouped by part, in the order of the parts. */
    public List<PartRow> parts() {
        java.util.Map<String, List<ReplyStats.PartAttendance>> byPart = new java.util.LinkedHashMap<>();
        attendance.forEach(a -> byPart.computeIfAbsent(a.partId(), k -> new java.util.ArrayList<>()).add(a));
        return byPart.values().stream().map(rows -> new PartRow(rows.get(0).meetingId(), rows.get(0).partId(),
                rows.get(0).partTitleEl(), rows.get(0).partTitleEn(), rows.size(),
                rows.stream().mapToInt(ReplyStats.PartAttendance::seats).sum(),
                rows.stream().map(ReplyStats.PartAttendance::officialNameEl).toList(),
                rows.stream().map(ReplyStats.PartAttendance::officialNameEn).toList())).toList();
    }

    public int signatures() {
        return positions.stream().mapToInt(PositionStats.PositionCount::signatures).sum();
    }

    public int responses() {
        return positions.stream().mapToInt(PositionStats.PositionCount::responses).sum();
    }

    public int present() {
        return meetings.stream().map(MeetingStats.MeetingCount::numberPresent).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    public int adopted() {
        return adoptions.stream().mapToInt(AdoptionStats.VersionCount::adoptions).sum();
    }
}
