package org.diktyo.insights.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diktyo.insights.ModuleStats;
import org.diktyo.insights.Period;
import org.diktyo.invitations.ReplyStats;
import org.diktyo.knowledge.PracticeStats;
import org.diktyo.meetings.MeetingStats;
import org.diktyo.memorandum.AdoptionStats;
import org.diktyo.network.MembershipStats;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.diktyo.positions.PositionStats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's figures for the secretariat and the partners (read-only). */
@Service
public class ReadDashboard {

    static final int NEXT_MEETINGS = 5;

    private final ModuleStats stats;
    private final ViewerResolver viewers;
    private final Clock clock;

    ReadDashboard(ModuleStats stats, ViewerResolver viewers, Clock clock) {
        this.stats = stats;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Refuses anyone but the secretariat and the partners (401 for the public). */
    public static void requireStaff(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!viewer.staff()) {
            throw Problem.forbidden();
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Period.ATHENS));
    }

    @Transactional(readOnly = true)
    public Dashboard read(String year) {
        requireStaff(viewers.current());
        LocalDate today = today();
        Period period = Period.ofYear(year, today);
        var next = stats.meetings().next(clock.instant(), NEXT_MEETINGS);
        Map<String, ReplyStats.ReplyRate> rates = stats.replies().replyRates(next.stream().map(MeetingStats.MeetingCount::id)
                .toList()).stream().collect(Collectors.toMap(ReplyStats.ReplyRate::meetingId, Function.identity()));
        return new Dashboard(period, stats.membership().byRegion(), stats.adoption().inForce(today).orElse(null), stats.membership().funnel(),
                stats.membership().accessions(period.from(), period.to(), today),
                next.stream().map(m -> {
                    var rate = rates.get(m.id());
                    return new Dashboard.NextMeeting(m, rate == null ? 0 : rate.invited(), rate == null ? 0 : rate.answered());
                }).toList(),
                stats.practices().total(period.from(), period.to()), stats.practices().byTheme(period.from(), period.to()),
                stats.positions().openForSignature());
    }
}
