package org.diktyo.network.domain;

/**
 * The stages of an accession case, in the order a municipality goes through them; ON_HOLD
 * returns to where it was; ADMITTED, DECLINED, LAPSED and MERGED_INTO close the case.
 */
public enum AccessionStage {
    IDENTIFIED, CONTACTED, INTERESTED, CANDIDATE, COUNCIL_DECISION, MEMORANDUM_SIGNED, ADMITTED, ON_HOLD, DECLINED,
    LAPSED, MERGED_INTO;

    /** The stages of the board's columns, the open ones first. */
    public static final java.util.List<AccessionStage> BOARD = java.util.List.of(IDENTIFIED, CONTACTED, INTERESTED,
            CANDIDATE, COUNCIL_DECISION, MEMORANDUM_SIGNED, ON_HOLD);

    public boolean closes() {
        return this == ADMITTED || this == DECLINED || this == LAPSED || this == MERGED_INTO;
    }

    /** CANDIDATE, COUNCIL_DECISION or MEMORANDUM_SIGNED: the municipality is a candidate. */
    public boolean candidate() {
        return this == CANDIDATE || this == COUNCIL_DECISION || this == MEMORANDUM_SIGNED;
    }
}
