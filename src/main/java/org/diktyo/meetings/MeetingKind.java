package org.diktyo.meetings;

/** What kind of meeting: a working meeting, or a meeting of one of the network's bodies. */
public enum MeetingKind {
    WORKING_MEETING, COMMITTEE_OF_MAYORS, TECHNICAL_FORUM, WORKING_GROUP
}
