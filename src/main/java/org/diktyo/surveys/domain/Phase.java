package org.diktyo.surveys.domain;

/** Where a survey stands today: a draft, published but not open yet, open for answers, or closed. */
public enum Phase {
    DRAFT, SCHEDULED, OPEN, CLOSED
}
