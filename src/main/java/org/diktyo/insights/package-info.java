/**
 * Insights: the network at a glance. The dashboard for the secretariat and the partners
 * ({@code /admin}), the public map of members ({@code /network}) and the activity report for
 * IOM and UNHCR ({@code /admin/reports}, XLSX and PDF). It sits on top: it reads the small
 * read-only stats APIs of the modules below ({@code MembershipStats}, {@code AdoptionStats},
 * {@code PracticeStats}, {@code PositionStats}, {@code MeetingStats}, {@code ReplyStats}),
 * counts only, never their entities; nothing depends on it (ADR 0027).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights",
        allowedDependencies = {"platform", "platform :: charts", "language", "network", "memorandum", "knowledge",
                "positions", "meetings", "invitations", "surveys", "documents", "accounts"})
package org.diktyo.insights;
