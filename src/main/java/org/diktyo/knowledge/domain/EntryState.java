package org.diktyo.knowledge.domain;

/** Where an entry is in its review: written, sent for review, published by the secretariat, archived. */
public enum EntryState {
    DRAFT, SUBMITTED, PUBLISHED, ARCHIVED
}
