package org.diktyo.knowledge.domain;

/** Where the work described is: planned, under way, completed, or stopped. */
public enum EntryStatus {
    PLANNED, ONGOING, COMPLETED, DISCONTINUED
}
