package org.diktyo.drafting;

/** What a clause is in its text. */
public enum ClauseKind {
    PREAMBLE, ARTICLE, AXIS, PARAGRAPH, ANNEX
}
