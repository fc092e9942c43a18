package org.diktyo.invitations;

import java.time.Instant;

/**
 * One municipality's invitation. {@code status}: {@code PENDING} (to be sent), {@code SENT}
 * (its mail is in the outbox), {@code NO_ADDRESS} (no mayor's or focal point's email known),
 * {@code NO_LETTER} (its letter could not be made when it was to be sent; not sent).
 * {@code answeredVia}: {@code LINK} or {@code PHONE} (recorded by the secretariat).
 */
public record InvitationRow(String id, String campaignId, String municipalityId, String status, String toEmail,
        String ccEmail, String language, Instant validUntil, Instant sentAt, Instant answeredAt, String answeredVia,
        String answeredBy, String lateRequest, Instant lateRequestAt) {

    public boolean answered() {
        return answeredAt != null;
    }
}
