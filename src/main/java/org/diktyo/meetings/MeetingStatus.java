package org.diktyo.meetings;

/** A meeting is prepared as a draft, announced, and then held or cancelled. */
public enum MeetingStatus {
    DRAFT, ANNOUNCED, CANCELLED, HELD
}
