package org.diktyo.meetings;

/**
 * Whether the person making the current request may see a meeting, by the meetings module's
 * own rule (a draft only for staff, a network-only meeting only for those signed in): for
 * other modules that serve something of a meeting, such as its calendar file.
 */
public interface MeetingVisibility {

    boolean maySee(String meetingId);
}
