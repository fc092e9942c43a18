package org.diktyo.insights.dashboard;

import java.util.List;

/** The dashboard page: its figures, its charts, the period in words and the years one may choose. */
public record DashboardView(Dashboard dashboard, List<DashboardCharts.Chart> charts, String period,
        List<Integer> years, boolean secretariat) {
}
