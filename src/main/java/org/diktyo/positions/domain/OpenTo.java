package org.diktyo.positions.domain;

/** Who may sign a position: members, or members and candidates. */
public enum OpenTo {
    MEMBERS, MEMBERS_AND_CANDIDATES
}
