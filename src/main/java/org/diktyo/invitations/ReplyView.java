package org.diktyo.invitations;

import java.time.Instant;
import java.util.List;

import org.diktyo.meetings.MeetingFacts;
import org.diktyo.network.Addressees;

/**
 * Everything about one invitation as its reply page, its API and its mails show it: the
 * meeting, the parts offered with this municipality's answer, seats and waitlist position,
 * the delegates, the agenda once published, the documents.
 */
public record ReplyView(InvitationRow invitation, Campaign campaign, MeetingFacts.MeetingInfo meeting,
        Addressees.Addressee municipality, List<PartAnswer> parts, List<DelegateRow> delegates,
        MeetingFacts.PublishedAgenda agenda, List<MeetingFacts.DocumentInfo> documents, boolean open) {

    /** The answer for one part: {@code attending} null while unanswered. */
    public record PartAnswer(MeetingFacts.PartInfo part, Boolean attending, int wanted, int seated,
            Integer waitPosition) {

        public boolean seated(DelegateRow d) {
            return Boolean.TRUE.equals(attending) && d.position() <= seated;
        }

        public boolean waiting(DelegateRow d) {
            return Boolean.TRUE.equals(attending) && d.position() > seated && d.position() <= wanted;
        }
    }

    /** A delegate with a seat in at least one part: gets a check-in code. */
    public boolean confirmed(DelegateRow d) {
        return parts.stream().anyMatch(p -> p.seated(d));
    }

    public Instant deadline() {
        return campaign.rsvpDeadline();
    }

    /** Held or cancelled: the page no longer promises an agenda. */
    public boolean over() {
        return meeting.status() == org.diktyo.meetings.MeetingStatus.HELD
                || meeting.status() == org.diktyo.meetings.MeetingStatus.CANCELLED;
    }
}
