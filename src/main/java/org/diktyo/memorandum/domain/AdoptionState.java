package org.diktyo.memorandum.domain;

/**
 * A municipality's adoption of a version: requested, its council's decision recorded, the signed
 * copy uploaded, then verified or refused by the secretariat; revoked on a formal withdrawal.
 */
public enum AdoptionState {
    PENDING, DECISION_RECORDED, SIGNED, VERIFIED, REJECTED_EVIDENCE, REVOKED;

    /** The municipality may still change what it recorded. */
    public boolean editable() {
        return this == PENDING || this == DECISION_RECORDED || this == SIGNED || this == REJECTED_EVIDENCE;
    }
}
