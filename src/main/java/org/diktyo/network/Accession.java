package org.diktyo.network;

import java.time.LocalDate;

import org.diktyo.network.domain.AccessionStore;
import org.diktyo.network.domain.AccessionTimeline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network module's API for the modules above it that see what a municipality does
 * ({@code invitations}: its answers and its delegates' check-in): an entry on the timeline of its
 * open accession case. Recorded only while a case is open; an entry with a source reference is
 * written once and updated after (a changed answer), never doubled.
 */
@Service
public class Accession {

    /**
     * An entry: whose, what, when, a detail the timeline shows (such as {@code 2/1}: parts attended
     * and declined), the invitation and meeting it is about, and its unique source reference.
     */
    public record ActivityNote(String municipalityId, AccessionActivityKind kind, LocalDate on, String detail,
            String invitationId, String meetingId, String sourceRef) {
    }

    private final AccessionStore cases;
    private final AccessionTimeline timeline;

    Accession(AccessionStore cases, AccessionTimeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    /** Records the entry on the municipality's open case; false if it has none. */
    @Transactional
    public boolean recordActivity(ActivityNote note) {
        return cases.openFor(note.municipalityId()).map(c -> {
            timeline.record(c, new AccessionTimeline.Entry(note.kind(), note.on(), null, note.detail(), null, false,
                    note.invitationId(), note.meetingId(), note.sourceRef()), "invitations");
            return true;
        }).orElse(false);
    }
}
