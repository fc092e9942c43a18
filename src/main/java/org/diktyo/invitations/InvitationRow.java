package org.diktyo.invitations;

import java.time.Instant;

/**
 * One municipality's invitation. {@code status}: an {@link InvitationStatus}'s name, as stored.
 * {@code answeredVia}: through the link, or by phone (recorded by the secretariat).
 */
public record InvitationRow(String id, String campaignId, String municipalityId, String status, String toEmail,
        String ccEmail, String language, Instant validUntil, Instant sentAt, Instant answeredAt, AnswerChannel answeredVia,
        String answeredBy, String lateRequest, Instant lateRequestAt) {

    /** Whether the invitation stands at {@code status}. */
    public boolean is(InvitationStatus status) {
        return status.name().equals(this.status);
    }

    public boolean answered() {
        return answeredAt != null;
    }
}
