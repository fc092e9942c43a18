package org.diktyo.meetings.domain;

import org.diktyo.meetings.MeetingVisibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link MeetingVisibility} by {@link MeetingAccess}. */
@Service
class MeetingVisibilityRule implements MeetingVisibility {

    private final Meetings meetings;
    private final MeetingAccess access;

    MeetingVisibilityRule(Meetings meetings, MeetingAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean maySee(String meetingId) {
        return meetingId != null && meetings.findById(meetingId).filter(access::maySee).isPresent();
    }
}
