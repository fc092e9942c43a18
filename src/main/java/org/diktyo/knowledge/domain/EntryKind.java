package org.diktyo.knowledge.domain;

/** A challenge a municipality faces, or a practice that worked. */
public enum EntryKind {
    CHALLENGE, PRACTICE
}
