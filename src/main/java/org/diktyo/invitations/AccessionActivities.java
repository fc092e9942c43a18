package org.diktyo.invitations;

import org.diktyo.language.Athens;
import java.time.LocalDate;
import java.time.ZoneId;

import org.diktyo.network.Accession;
import org.diktyo.network.AccessionActivityKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Answers and check-ins on the timeline of the municipality's open accession case, through the
 * network's API (network cannot listen to invitations: that would be a cycle). After the commit,
 * in a transaction of its own, through the event publication registry, so the answer's own
 * transaction only gains the event's row. An answer has one entry, updated when it changes; a
 * meeting's check-in has one entry per municipality, whichever delegate came first.
 */
@Component
class AccessionActivities {

    static final ZoneId ATHENS = Athens.ZONE;

    private final Accession accession;

    AccessionActivities(Accession accession) {
        this.accession = accession;
    }

    @ApplicationModuleListener
    void on(InvitationAnswered e) {
        accession.recordActivity(new Accession.ActivityNote(e.municipalityId(), AccessionActivityKind.MEETING_INVITED,
                LocalDate.ofInstant(e.answeredAt(), ATHENS), e.partsAttending() + "/" + e.partsDeclined()
                        + (e.byPhone() ? "/phone" : ""), e.invitationId(), e.meetingId(), "answer:" + e.invitationId()));
    }

    @ApplicationModuleListener
    void on(DelegateCheckedIn e) {
        accession.recordActivity(new Accession.ActivityNote(e.municipalityId(), AccessionActivityKind.MEETING_ATTENDED,
                LocalDate.ofInstant(e.at(), ATHENS), null, null, e.meetingId(),
                "checkin:" + e.meetingId() + ":" + e.municipalityId()));
    }
}
