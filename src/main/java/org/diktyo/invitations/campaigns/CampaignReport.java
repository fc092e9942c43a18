package org.diktyo.invitations.campaigns;

import java.util.List;

import org.diktyo.invitations.Campaign;
import org.diktyo.invitations.DelegateRow;
import org.diktyo.invitations.InvitationRow;
import org.diktyo.language.Bilingual;
import org.diktyo.meetings.MeetingFacts;

/**
 * A campaign as the secretariat follows it: sending progress, counts per part, and each
 * municipality's invitation with its answer, delegates and delivery.
 */
public record CampaignReport(Campaign campaign, MeetingFacts.MeetingInfo meeting, Progress progress,
        List<PartCounts> parts, List<Line> invitations, List<Unreached> unreached) {

    /** A municipality that got no mail, and why: {@code NO_ADDRESS} (no email known) or {@code NO_LETTER} (no mayor known). */
    public record Unreached(String nameEl, String nameEn, String status) {

        public Bilingual name() {
            return Bilingual.of(nameEl, nameEn);
        }
    }

    /** Sending: how many invitations in all, queued for delivery, still to write, without an address. */
    public record Progress(int total, int queued, int pending, int noAddress) {
        public int percent() {
            return total == 0 ? 100 : (int) Math.round(100.0 * (queued + noAddress) / total);
        }

        public boolean done() {
            return pending == 0;
        }
    }

    /** Per part: invited, attending (seats taken), declined, waitlisted (delegates), no answer; capacity if any. */
    public record PartCounts(MeetingFacts.PartInfo part, int invited, int attending, int declined, int waitlisted,
            int noAnswer, Integer capacity) {
    }

    /** One municipality's invitation as listed. */
    public record Line(InvitationRow invitation, String nameEl, String nameEn, List<DelegateRow> delegates,
            String delivery, String deliveryError, boolean linkLive) {

        /** {@code nameEl} and {@code nameEn} together. */
        public Bilingual name() {
            return Bilingual.of(nameEl(), nameEn());
        }

        /** Why the invitation is not sent yet (delivery {@code NOT_QUEUED}), or null. */
        public SendError sendError() {
            return ManageInvitations.NOT_QUEUED.equals(delivery) ? SendError.parse(deliveryError) : null;
        }
    }
}
