package org.diktyo.network;

import java.time.LocalDate;

import org.diktyo.network.domain.AccessionStage;
import org.diktyo.network.domain.AccessionStore;
import org.diktyo.network.domain.AccessionTimeline;
import org.diktyo.network.domain.DeriveMembership;
import org.diktyo.network.domain.MembershipStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network module's API for the modules above it that see what a municipality does
 * ({@code invitations}: its answers and its delegates' check-in): an entry on the timeline of its
 * open accession case. Recorded only while a case is open; an entry with a source reference is
 * written once and updated after (a changed answer), never doubled. And for {@code memorandum}:
 * a candidate's council decision and signature move its open case forward by themselves
 * ({@link #paperworkDone}).
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

    /** A step of a municipality's paperwork for the memorandum, as the stage it moves an open case to. */
    public enum Paperwork {
        /** The council's decision recorded (by the focal point, the mayor's link or the secretariat). */
        COUNCIL_DECISION(AccessionStage.COUNCIL_DECISION),
        /** The signed copy received. */
        MEMORANDUM_SIGNED(AccessionStage.MEMORANDUM_SIGNED);

        private final AccessionStage stage;

        Paperwork(AccessionStage stage) {
            this.stage = stage;
        }
    }

    private final AccessionStore cases;
    private final AccessionTimeline timeline;
    private final MembershipStore membership;
    private final DeriveMembership derive;

    Accession(AccessionStore cases, AccessionTimeline timeline, MembershipStore membership, DeriveMembership derive) {
        this.cases = cases;
        this.timeline = timeline;
        this.membership = membership;
        this.derive = derive;
    }

    /**
     * Moves the municipality's open case forward to the stage of {@code step} (an entry
     * STAGE_CHANGED by {@code actor}), and derives its status again (a case at council decision
     * makes a candidate). Never moves a case back, nor one on hold (the secretariat decides
     * that), nor a closed one; false when nothing moved.
     */
    @Transactional
    public boolean paperworkDone(String municipalityId, Paperwork step, LocalDate on, String actor) {
        if (cases.openFor(municipalityId).isEmpty()) {
            return false;
        }
        membership.lock(municipalityId);
        return cases.openFor(municipalityId).filter(c -> c.stage() != AccessionStage.ON_HOLD
                && c.stage().ordinal() < step.stage.ordinal()).map(c -> {
                    LocalDate day = on.isBefore(c.stageSince()) ? c.stageSince() : on;
                    timeline.stage(c, step.stage, day, null, actor);
                    derive.apply(municipalityId, new DeriveMembership.Cause(null, "/admin/accession/" + c.id(), actor, day));
                    return true;
                }).orElse(false);
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
