package org.diktyo.insights.report;

import java.time.Clock;
import java.time.LocalDate;

import org.diktyo.accounts.AuditTrail;
import org.diktyo.insights.ModuleStats;
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

    private final SurveyStats surveys;
    private final ModuleStats stats;
    private final ViewerResolver viewers;
    private final AuditTrail audit;
    private final Clock clock;

    CompileActivityReport(ModuleStats stats, SurveyStats surveys, ViewerResolver viewers,
            AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.stats = stats;
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
        var held = stats.meetings().heldBetween(period.start(), period.end());
        return new ActivityReport(period, held,
                stats.replies().attendance(held.stream().map(MeetingStats.MeetingCount::id).toList()),
                stats.membership().joined(period.from(), period.to()),
                stats.membership().accessions(period.from(), period.to(), LocalDate.now(clock.withZone(Period.ATHENS))),
                stats.adoption().verifiedBetween(period.from(), period.to()), stats.practices().total(period.from(), period.to()),
                stats.practices().byTheme(period.from(), period.to()), stats.practices().byTargetGroup(period.from(), period.to()),
                stats.positions().sentBetween(period.from(), period.to()), surveys.openBetween(period.from(), period.to()));
    }

    /** Writes an export of the report to the audit trail. */
    public void audited(String format, Period period) {
        audit.record("report.activity", format + " " + period.from() + ".." + period.to());
    }
}
