package org.diktyo.meetings.web;

import java.util.List;

import org.diktyo.meetings.domain.AttachDocuments;
import org.diktyo.meetings.domain.Decision;
import org.diktyo.meetings.domain.DraftAgenda;
import org.diktyo.followups.FollowUp;
import org.diktyo.meetings.domain.Meeting;
import org.diktyo.meetings.domain.MeetingPart;
import org.diktyo.meetings.domain.PlanMeetings;
import org.diktyo.platform.FormErrors;
import org.springframework.ui.Model;

/** What the meeting pages show. */
public final class MeetingViews {

    private MeetingViews() {
    }

    /** The network's calendar: what is coming, then what was. */
    public record Calendar(List<PlanMeetings.Summary> upcoming, List<PlanMeetings.Summary> past, MeetingText text,
            boolean canCreate) {
    }

    /** One meeting with everything about it that the viewer may see. */
    public record Page(Meeting meeting, String hostName, List<MeetingPart> parts, DraftAgenda.Agenda agenda,
            List<AttachDocuments.Listed> documents, List<Decision> decisions, List<FollowUp> followUps,
            MeetingText text, boolean canManage, String uploadLimit, FormErrors errors) {

        /** Held or cancelled: the page no longer promises an agenda. */
        public boolean over() {
            return meeting.status() == org.diktyo.meetings.MeetingStatus.HELD
                    || meeting.status() == org.diktyo.meetings.MeetingStatus.CANCELLED;
        }
    }

    /** A form page: the form's values, its errors, and the meeting it belongs to (null for a new one). */
    public record Form<F>(Meeting meeting, String partId, F form, FormErrors errors, MeetingText text) {

        /** Puts this form into the model and names its view. */
        String show(Model model, String view) {
            model.addAttribute("view", this);
            return view;
        }
    }

    /** The follow-up actions of a meeting and the form to add one, or to change {@code editing}, as typed. */
    public record FollowUps(List<FollowUp> items, FollowUpText form, String editing) {
    }

    /** A follow-up action as typed: the due date as text, so that a mistaken date comes back as it was. */
    public record FollowUpText(String action, String owner, String dueOn) {
        static final FollowUpText EMPTY = new FollowUpText("", "", "");
    }

    /** One more row of the agenda form, sent to htmx: its index and the meeting it belongs to. */
    public record AgendaRow(String meetingId, int index, AgendaRows.Row row) {
    }
}
