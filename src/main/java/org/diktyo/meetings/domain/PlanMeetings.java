package org.diktyo.meetings.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;

import org.diktyo.network.Registry;
import org.diktyo.platform.Checks;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Create, describe, cancel and find meetings; the network's calendar. */
@Service
public class PlanMeetings {

    /** A meeting with the span of its parts, for lists and the calendar. */
    public record Summary(Meeting meeting, Instant startsAt, Instant endsAt) {
    }

    private final Meetings meetings;
    private final MeetingParts parts;
    private final MeetingAccess access;
    private final Registry registry;
    private final Validator validator;
    private final Clock clock;

    PlanMeetings(Meetings meetings, MeetingParts parts, MeetingAccess access, Registry registry, Validator validator,
            Clock clock) {
        this.meetings = meetings;
        this.parts = parts;
        this.access = access;
        this.registry = registry;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public Meeting create(MeetingForm form) {
        access.requireSecretariat();
        Meeting meeting = new Meeting(Instant.now(clock));
        describe(meeting, form);
        return meetings.save(meeting);
    }

    /**
     * Describes the meeting again. If its zone changes, its parts keep their wall-clock times
     * ("17:30 in the new zone"): that is what the secretariat entered.
     */
    @Transactional
    public Meeting edit(String id, MeetingForm form) {
        Meeting meeting = access.editable(id);
        java.time.ZoneId before = meeting.zone();
        describe(meeting, form);
        if (!meeting.zone().equals(before)) {
            parts.findByMeetingIdOrderByStartsAtAscPositionAsc(id).forEach(p -> p.keepWallClock(before, meeting.zone()));
        }
        return meeting;
    }

    @Transactional
    public Meeting cancel(String id) {
        Meeting meeting = access.editable(id);
        meeting.cancel();
        return meeting;
    }

    @Transactional(readOnly = true)
    public Meeting meeting(String id) {
        return access.visible(id);
    }

    /** 401 for the public, 403 for anyone signed in but the secretariat. */
    public void requireSecretariat() {
        access.requireSecretariat();
    }

    /** A meeting for the secretariat's pages: 404 if hidden, 401/403 for anyone but the secretariat. */
    @Transactional(readOnly = true)
    public Meeting manageable(String id) {
        return access.manageable(id);
    }

    /** A meeting that the secretariat may change: as {@link #manageable}, and 409 if cancelled. */
    @Transactional(readOnly = true)
    public Meeting editable(String id) {
        return access.editable(id);
    }

    /** The meetings the viewer may see, the latest first. */
    @Transactional(readOnly = true)
    public List<Summary> calendar() {
        return meetings.findAll().stream().filter(access::maySee).map(this::summary)
                .sorted(Comparator.comparing(Summary::startsAt, Comparator.nullsFirst(Comparator.reverseOrder())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Summary summary(Meeting meeting) {
        List<MeetingPart> list = parts.findByMeetingIdOrderByStartsAtAscPositionAsc(meeting.id());
        return new Summary(meeting, list.isEmpty() ? null : list.get(0).startsAt(),
                list.stream().map(MeetingPart::lastsUntil).max(Comparator.naturalOrder()).orElse(null));
    }

    private void describe(Meeting meeting, MeetingForm form) {
        Checks.validate(validator, form);
        if (form.hostMunicipalityId() != null && !form.hostMunicipalityId().isBlank()
                && !registry.exists(form.hostMunicipalityId())) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("hostMunicipalityId", "meetings.host.unknown")));
        }
        if (form.zone() != null && !form.zone().isBlank() && !java.time.ZoneId.getAvailableZoneIds().contains(form.zone().trim())) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("zone", "meetings.zone.unknown")));
        }
        meeting.describe(form);
    }
}
