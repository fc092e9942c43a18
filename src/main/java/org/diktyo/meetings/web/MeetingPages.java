package org.diktyo.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.diktyo.meetings.domain.AttachDocuments;
import org.diktyo.meetings.domain.PlanMeetings;
import org.diktyo.platform.ViewerResolver;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The network's calendar and the page of each meeting, for everyone who may see it. */
@Controller
class MeetingPages {

    static final String CALENDAR = "meetings/calendar";

    private final PlanMeetings plan;
    private final AttachDocuments documents;
    private final MeetingPageViews views;
    private final ViewerResolver viewers;
    private final Clock clock;

    MeetingPages(PlanMeetings plan, AttachDocuments documents, MeetingPageViews views, ViewerResolver viewers,
            Clock clock) {
        this.plan = plan;
        this.documents = documents;
        this.views = views;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** What is coming (the nearest first), then what was (the latest first). */
    @GetMapping("/meetings")
    String calendar(Model model, Locale locale) {
        Instant now = Instant.now(clock);
        List<PlanMeetings.Summary> all = plan.calendar();
        List<PlanMeetings.Summary> upcoming = new ArrayList<>(all.stream()
                .filter(s -> s.endsAt() == null || s.endsAt().isAfter(now)).toList());
        Collections.reverse(upcoming);
        List<PlanMeetings.Summary> past = all.stream().filter(s -> s.endsAt() != null && !s.endsAt().isAfter(now))
                .toList();
        model.addAttribute("view", new MeetingViews.Calendar(upcoming, past, new MeetingText(locale),
                viewers.current().secretariat()));
        return CALENDAR;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Model model, Locale locale) {
        return views.meeting(id, model, locale);
    }

    @GetMapping("/meetings/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String documentId) {
        return Downloads.attachment(documents, id, documentId);
    }
}
