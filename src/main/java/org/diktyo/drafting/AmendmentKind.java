package org.diktyo.drafting;

/** What an amendment does to its clause. */
public enum AmendmentKind {
    REPLACE, INSERT_AFTER, DELETE
}
