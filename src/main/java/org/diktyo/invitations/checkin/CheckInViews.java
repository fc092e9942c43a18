package org.diktyo.invitations.checkin;

import java.util.List;

import org.diktyo.invitations.Texts;
import org.diktyo.meetings.MeetingFacts;

/** What the check-in pages show. */
public final class CheckInViews {

    private CheckInViews() {
    }

    /** The check-in search page. */
    public record SearchPage(MeetingFacts.MeetingInfo meeting, String query,
            List<CheckIn.Attendee> found, int present, Texts text) {
    }

    /** One delegate on the check-in page, reached by the code of their QR. */
    public record DelegatePage(CheckIn.Attendee attendee, MeetingFacts.MeetingInfo meeting,
            String code, int present, Texts text) {
    }
}
