package org.diktyo.meetings.domain;

import org.diktyo.meetings.MeetingStatus;
import org.diktyo.meetings.Visibility;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees and who changes a meeting. A network-only meeting, and any draft, do not exist for
 * those who may not see them (404, not 403: their existence is not told). Only the secretariat
 * changes meetings, and a cancelled meeting is not changed at all.
 */
@Component
class MeetingAccess {

    private final Meetings meetings;
    private final ViewerResolver viewers;

    MeetingAccess(Meetings meetings, ViewerResolver viewers) {
        this.meetings = meetings;
        this.viewers = viewers;
    }

    boolean maySee(Meeting m) {
        Viewer viewer = viewers.current();
        if (m.status() == MeetingStatus.DRAFT) {
            return viewer.staff();
        }
        return m.visibility() == Visibility.PUBLIC || viewer.signedIn();
    }

    Meeting visible(String id) {
        return meetings.findById(id).filter(this::maySee).orElseThrow(Problem::notFound);
    }

    /** A meeting the secretariat may manage, cancelled or not; 401/403 for everyone else. */
    Meeting manageable(String id) {
        Meeting m = visible(id);
        requireSecretariat();
        return m;
    }

    /** A meeting the secretariat may change: not cancelled (409). */
    Meeting editable(String id) {
        Meeting m = manageable(id);
        if (m.status() == MeetingStatus.CANCELLED) {
            throw new Problem(HttpStatus.CONFLICT, "meetings.cancelled.readOnly");
        }
        return m;
    }

    void requireSecretariat() {
        if (!viewers.current().secretariat()) {
            throw viewers.current().signedIn() ? Problem.forbidden() : Problem.unauthorized();
        }
    }

    /** Follow-up actions name people: the network's, not the public's (401). */
    Meeting visibleToNetwork(String id) {
        Meeting m = visible(id);
        if (!viewers.current().signedIn()) {
            throw Problem.unauthorized();
        }
        return m;
    }

    boolean signedIn() {
        return viewers.current().signedIn();
    }

    boolean secretariat() {
        return viewers.current().secretariat();
    }

    String actor() {
        String email = viewers.current().email();
        return email == null ? "-" : email;
    }
}
