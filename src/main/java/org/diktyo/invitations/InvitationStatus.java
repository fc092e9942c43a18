package org.diktyo.invitations;

/**
 * Where an invitation stands: {@code PENDING} (to be sent), {@code SENT} (its mail is in the
 * outbox), {@code NO_ADDRESS} (no mayor's or focal point's email known), {@code NO_LETTER} (its
 * letter could not be made when it was to be sent; not sent).
 */
public enum InvitationStatus {
    PENDING, SENT, NO_ADDRESS, NO_LETTER;

    /** Not sendable: no address, or no letter. */
    public boolean unreached() {
        return this == NO_ADDRESS || this == NO_LETTER;
    }
}
