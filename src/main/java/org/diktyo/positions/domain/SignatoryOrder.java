package org.diktyo.positions.domain;

/** How the letter lists its signatories: by the Greek collation of the municipality's name, or in the order they signed. */
public enum SignatoryOrder {
    COLLATION, SIGNING
}
