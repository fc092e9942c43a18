package org.diktyo.meetings.web;

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
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the page of one meeting, for the public page and the secretariat's page alike. */
@Component
class MeetingPageViews {

    static final String MEETING = "meetings/meeting";
    static final String MANAGE = "meetings/manage";

    private final PlanMeetings plan;
    private final ArrangeParts parts;
    private final DraftAgenda agenda;
    private final AttachDocuments documents;
    private final RecordOutcome outcome;
    private final Registry registry;
    private final ViewerResolver viewers;

    MeetingPageViews(PlanMeetings plan, ArrangeParts parts, DraftAgenda agenda, AttachDocuments documents,
            RecordOutcome outcome, Registry registry, ViewerResolver viewers) {
        this.plan = plan;
        this.parts = parts;
        this.agenda = agenda;
        this.documents = documents;
        this.outcome = outcome;
        this.registry = registry;
        this.viewers = viewers;
    }

    /** Everything about the meeting that the viewer may see; the draft agenda only for the secretariat. */
    MeetingViews.Page page(Meeting meeting, Locale locale, boolean draftAgenda, FormErrors errors) {
        String id = meeting.id();
        String host = registry.names(meeting.hostMunicipalityId())
                .map(n -> n.officialName().in(locale)).orElse(null);
        return new MeetingViews.Page(meeting, host, parts.parts(id), agenda.agenda(id, draftAgenda),
                documents.documents(id), outcome.decisions(id), outcome.followUpsIfSignedIn(id), new MeetingText(locale),
                viewers.current().secretariat(), documents.maxSizeText(), errors);
    }

    /** The public page of a meeting (404 if the viewer may not see it). */
    String meeting(String id, Model model, Locale locale) {
        model.addAttribute("view", page(plan.meeting(id), locale, false, FormErrors.NONE));
        return MEETING;
    }

    /** The secretariat's page of a meeting, with the mistakes of a form sent from it, if any. */
    String manage(String id, Model model, Locale locale, FormErrors errors) {
        model.addAttribute("view", page(plan.manageable(id), locale, true, errors));
        return MANAGE;
    }
}
