package org.diktyo.insights.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/dashboard}: the dashboard's figures (secretariat and partners). */
@RestController
@Tag(name = "insights")
class DashboardApi {

    private final ReadDashboard read;

    DashboardApi(ReadDashboard read) {
        this.read = read;
    }

    @GetMapping("/api/v1/dashboard")
    @Operation(summary = "The dashboard's figures for a year: members by region, adoption of the memorandum in force,"
            + " the accession funnel, the next meetings with reply rates, practices published, positions open for signature")
    Dashboard dashboard(@Parameter(description = "the year, 2000–2099; this year in Athens if absent")
            @RequestParam(required = false) String year) {
        return read.read(year);
    }
}
