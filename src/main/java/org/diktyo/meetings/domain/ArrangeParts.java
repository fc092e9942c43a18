package org.diktyo.meetings.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

import org.diktyo.meetings.PartCapacityChanged;
import org.diktyo.platform.Checks;
import org.diktyo.platform.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parts of a meeting: add, change, remove, list. Times are wall-clock in the meeting's zone. */
@Service
public class ArrangeParts {

    private final MeetingParts parts;
    private final MeetingAccess access;
    private final Validator validator;
    private final ApplicationEventPublisher events;

    ArrangeParts(MeetingParts parts, MeetingAccess access, Validator validator, ApplicationEventPublisher events) {
        this.parts = parts;
        this.access = access;
        this.validator = validator;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<MeetingPart> parts(String meetingId) {
        access.visible(meetingId);
        return parts.findByMeetingIdOrderByStartsAtAscPositionAsc(meetingId);
    }

    @Transactional
    public MeetingPart add(String meetingId, PartForm form) {
        Meeting meeting = access.editable(meetingId);
        MeetingPart part = new MeetingPart(meetingId, parts.maxPosition(meetingId) + 1);
        apply(meeting, part, form);
        return parts.save(part);
    }

    @Transactional
    public MeetingPart update(String meetingId, String partId, PartForm form) {
        Meeting meeting = access.editable(meetingId);
        MeetingPart part = parts.findByIdAndMeetingId(partId, meetingId).orElseThrow(Problem::notFound);
        Integer capacityBefore = part.capacity();
        apply(meeting, part, form);
        if (!java.util.Objects.equals(capacityBefore, part.capacity())) {
            events.publishEvent(new PartCapacityChanged(meetingId, partId, part.capacity()));
        }
        return part;
    }

    @Transactional
    public void remove(String meetingId, String partId) {
        access.editable(meetingId);
        try {
            parts.delete(parts.findByIdAndMeetingId(partId, meetingId).orElseThrow(Problem::notFound));
            parts.flush();
        } catch (org.springframework.dao.DataIntegrityViolationException inUse) {
            // a campaign offers it, or invitees have answered for it: it stays
            throw new Problem(HttpStatus.CONFLICT, "meetings.part.inUse");
        }
    }

    /** What is wrong with a part as entered: its fields, and an end that is not after its start. */
    public List<Problem.FieldProblem> problems(PartForm form) {
        if (form == null) {
            throw new Problem(HttpStatus.BAD_REQUEST, "platform.error.body");
        }
        List<Problem.FieldProblem> problems = new ArrayList<>();
        try {
            Checks.validate(validator, form);
        } catch (Problem invalid) {
            problems.addAll(invalid.fields());
        }
        if (form.startTime() != null && form.endTime() != null && !form.endTime().isAfter(form.startTime())) {
            problems.add(new Problem.FieldProblem("endTime", "meetings.part.endTime.beforeStart"));
        }
        return problems;
    }

    /** Checks the form, reporting every mistake at once, then applies it in the meeting's zone. */
    private void apply(Meeting meeting, MeetingPart part, PartForm form) {
        List<Problem.FieldProblem> problems = problems(form);
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        Instant starts = form.date().atTime(form.startTime()).atZone(meeting.zone()).toInstant();
        Instant ends = form.endTime() == null ? null
                : form.date().atTime(form.endTime()).atZone(meeting.zone()).toInstant();
        part.apply(form, starts, ends);
    }
}
