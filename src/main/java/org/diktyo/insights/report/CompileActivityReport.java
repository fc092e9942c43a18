package org.diktyo.insights.report;

import java.time.Clock;
import java.time.LocalDate;

import org.diktyo.accounts.AuditTrail;
import org.diktyo.insights.Period;
import org.diktyo.insights.dashboard.ReadDashboard;
import org.diktyo.invitations.ReplyStats;
import org.diktyo.knowledge.PracticeStats;
import org.diktyo.meetings.MeetingStats;
import org.diktyo.memorandum.AdoptionStats;
import org.diktyo.network.MembershipStats;
import org.diktyo.platform.ViewerResolver;
import org.diktyo.positions.PositionStats;
import org.diktyo.surveys.SurveyStats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles the activity report of a period for the secretariat and the partners, and writes
 * each export to the audit trail (action {@code report.activity}, subject the format and the period).
 */
@Service
public class CompileActivityReport {

    private final MembershipStats membership;
    private final AdoptionStats adoption;
    private final MeetingStats meetings;
    private final ReplyStats replies;
    private final PracticeStats practices;
    private final PositionStats positions;
    private final SurveyStats surveys;
    private final ViewerResolver viewers;
    private final AuditTrail audit;
    private final Clock clock;

    CompileActivityReport(MembershipStats membership, AdoptionStats adoption, MeetingStats meetings,
            ReplyStats replies, PracticeStats practices, PositionStats positions, SurveyStats surveys, ViewerResolver viewers,
            AuditTrail audit, Clock clock) {
        this.membership = membership;
        this.adoption = adoption;
        this.meetings = meetings;
        this.replies = replies;
        this.practices = practices;
        this.positions = positions;
        this.surveys = surveys;
        this.viewers = viewers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The period asked for, refused with a 400 naming the field; staff only (checked first). */
    public Period period(String from, String to) {
        ReadDashboard.requireStaff(viewers.current());
        return Period.of(from, to, LocalDate.now(clock.withZone(Period.ATHENS)));
    }

    @Transactional(readOnly = true)
    public ActivityReport compile(Period period) {
        ReadDashboard.requireStaff(viewers.current());
        var held = meetings.heldBetween(period.start(), period.end());
        return new ActivityReport(period, held,
                replies.attendance(held.stream().map(MeetingStats.MeetingCount::id).toList()),
                membership.joined(period.from(), period.to()),
                membership.accessions(period.from(), period.to(), LocalDate.now(clock.withZone(Period.ATHENS))),
                adoption.verifiedBetween(period.from(), period.to()), practices.total(period.from(), period.to()),
                practices.byTheme(period.from(), period.to()), practices.byTargetGroup(period.from(), period.to()),
                positions.sentBetween(period.from(), period.to()), surveys.openBetween(period.from(), period.to()));
    }

    /** Writes an export of the report to the audit trail. */
    public void audited(String format, Period period) {
        audit.record("report.activity", format + " " + period.from() + ".." + period.to());
    }
}
