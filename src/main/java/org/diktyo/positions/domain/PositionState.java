package org.diktyo.positions.domain;

/** Where a position stands: drafted, consulted, frozen, signed, closed, sent, answered; or withdrawn before it was sent. */
public enum PositionState {
    DRAFT, CONSULTATION, FROZEN, OPEN_FOR_SIGNATURE, CLOSED, SENT, ANSWERED, WITHDRAWN;

    /** Sent (and perhaps answered): what the public reads. */
    public boolean published() {
        return this == SENT || this == ANSWERED;
    }
}
