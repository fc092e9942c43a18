package org.diktyo.meetings.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.diktyo.meetings.domain.ArrangeParts;
import org.diktyo.meetings.domain.AttachDocuments;
import org.diktyo.meetings.domain.DraftAgenda;
import org.diktyo.meetings.domain.Meeting;
import org.diktyo.meetings.domain.PlanMeetings;
import org.diktyo.meetings.domain.RecordOutcome;
import org.diktyo.network.Registry;
import org.diktyo.platform.FormErrors;
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
    static final String MEETING = "meetings/meeting";

    private final PlanMeetings plan;
    private final ArrangeParts parts;
    private final DraftAgenda agenda;
    private final AttachDocuments documents;
    private final RecordOutcome outcome;
    private final Registry registry;
    private final ViewerResolver viewers;
    private final Clock clock;

    MeetingPages(PlanMeetings plan, ArrangeParts parts, DraftAgenda agenda, AttachDocuments documents,
            RecordOutcome outcome, Registry registry, ViewerResolver viewers, Clock clock) {
        this.plan = plan;
        this.parts = parts;
        this.agenda = agenda;
        this.documents = documents;
        this.outcome = outcome;
        this.registry = registry;
        this.viewers = viewers;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String calendar(Model model, Locale locale) {
        Instant now = Instant.now(clock);
        List<PlanMeetings.Summary> all = plan.calendar();
        List<PlanMeetings.Summary> upcoming = new java.util.ArrayList<>(all.stream()
                .filter(s -> s.endsAt() == null || s.endsAt().isAfter(now)).toList());
        java.util.Collections.reverse(upcoming); // the nearest first
        List<PlanMeetings.Summary> past = all.stream().filter(s -> s.endsAt() != null && !s.endsAt().isAfter(now))
                .toList();
        model.addAttribute("view", new MeetingViews.Calendar(upcoming, past, new MeetingText(locale),
                viewers.current().secretariat()));
        return CALENDAR;
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable String id, Model model, Locale locale) {
        model.addAttribute("view", page(id, locale, false, FormErrors.NONE));
        return MEETING;
    }

    @GetMapping("/meetings/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String documentId) {
        return Downloads.attachment(documents, id, documentId);
    }

    MeetingViews.Page page(String id, Locale locale, boolean draftAgenda, FormErrors errors) {
        Meeting meeting = plan.meeting(id);
        String host = registry.names(meeting.hostMunicipalityId())
                .map(n -> "en".equals(locale.getLanguage()) ? n.officialNameEn() : n.officialNameEl()).orElse(null);
        return new MeetingViews.Page(meeting, host, parts.parts(id), agenda.agenda(id, draftAgenda),
                documents.documents(id), outcome.decisions(id), outcome.followUps(id), new MeetingText(locale),
                viewers.current().secretariat(), errors);
    }
}
