package org.diktyo.drafting;

/** The life of an amendment: written, submitted, discussed, then decided, withdrawn or lapsed. */
public enum AmendmentState {
    DRAFT, SUBMITTED, UNDER_DISCUSSION, ACCEPTED, ACCEPTED_MODIFIED, REJECTED, WITHDRAWN, LAPSED;

    /** Still waiting for the body's decision (a draft is not: it lapses at the freeze). */
    public boolean undecided() {
        return this == SUBMITTED || this == UNDER_DISCUSSION;
    }

    public boolean accepted() {
        return this == ACCEPTED || this == ACCEPTED_MODIFIED;
    }
}
