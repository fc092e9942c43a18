package org.diktyo.positions.domain;

/** A co-signature: valid, to be confirmed again after a correction of the text, or withdrawn. */
public enum SignatureState {
    VALID, NEEDS_RECONFIRMATION, WITHDRAWN
}
