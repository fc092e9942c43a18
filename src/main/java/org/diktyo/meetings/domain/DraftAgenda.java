package org.diktyo.meetings.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.diktyo.meetings.AgendaChanged;
import org.diktyo.meetings.AgendaPublished;
import org.diktyo.platform.Problem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda: a draft (version 0) until published as version 1, which raises
 * {@link AgendaPublished}; after that every change is kept as a new published version and
 * raises {@link AgendaChanged}. Every item must fall within the meeting's parts.
 */
@Service
public class DraftAgenda {

    /** An agenda as shown: the version (0 for the draft), when it was published, its items. */
    public record Agenda(int version, Instant publishedAt, List<AgendaItem> items, boolean draft) {
    }

    private final AgendaItems items;
    private final AgendaVersions versions;
    private final MeetingParts parts;
    private final MeetingAccess access;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftAgenda(AgendaItems items, AgendaVersions versions, MeetingParts parts, MeetingAccess access,
            Validator validator, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.versions = versions;
        this.parts = parts;
        this.access = access;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The published agenda for everyone who may see the meeting; before publication, the draft's
     * items if {@code draftIfAny} and the viewer is the secretariat, else none.
     */
    @Transactional(readOnly = true)
    public Agenda agenda(String meetingId, boolean draftIfAny) {
        Meeting meeting = access.visible(meetingId);
        if (meeting.agendaVersion() == 0) {
            List<AgendaItem> draft = draftIfAny && access.secretariat()
                    ? items.findByMeetingIdAndVersionOrderByPosition(meetingId, 0) : List.of();
            return new Agenda(0, null, draft, true);
        }
        Instant published = versions.findById(new AgendaVersion.Key(meetingId, meeting.agendaVersion()))
                .map(AgendaVersion::publishedAt).orElse(null);
        return new Agenda(meeting.agendaVersion(), published,
                items.findByMeetingIdAndVersionOrderByPosition(meetingId, meeting.agendaVersion()), false);
    }

    /** Replaces the agenda's items: the draft before publication, a new version after. */
    @Transactional
    public Agenda replace(String meetingId, List<AgendaItemForm> forms) {
        Meeting meeting = access.editable(meetingId);
        List<AgendaItemForm> sorted = check(meeting, forms);
        if (meeting.agendaVersion() == 0) {
            items.deleteVersion(meetingId, 0);
            items.flush();
            save(meetingId, 0, sorted);
            return agenda(meetingId, true);
        }
        int next = meeting.agendaVersion() + 1;
        save(meetingId, next, sorted);
        publish(meeting, next);
        events.publishEvent(new AgendaChanged(meetingId, next));
        return agenda(meetingId, false);
    }

    /** Publishes the draft as version 1, once. */
    @Transactional
    public Agenda publish(String meetingId) {
        Meeting meeting = access.editable(meetingId);
        if (meeting.agendaVersion() > 0) {
            throw new Problem(HttpStatus.CONFLICT, "meetings.agenda.alreadyPublished");
        }
        List<AgendaItem> draft = items.findByMeetingIdAndVersionOrderByPosition(meetingId, 0);
        if (draft.isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "meetings.agenda.empty");
        }
        check(meeting, draft.stream().map(AgendaItem::form).toList());
        draft.forEach(item -> items.save(item.copy(1)));
        items.deleteVersion(meetingId, 0);
        publish(meeting, 1);
        events.publishEvent(new AgendaPublished(meetingId, 1));
        return agenda(meetingId, false);
    }

    private void publish(Meeting meeting, int version) {
        meeting.agendaPublished(version);
        versions.save(new AgendaVersion(meeting.id(), version, Instant.now(clock), access.actor()));
    }

    private void save(String meetingId, int version, List<AgendaItemForm> forms) {
        for (int i = 0; i < forms.size(); i++) {
            items.save(new AgendaItem(meetingId, version, i + 1, forms.get(i)));
        }
    }

    /** Validates every item and that it falls within the meeting's parts; returns them in time order. */
    private List<AgendaItemForm> check(Meeting meeting, List<AgendaItemForm> forms) {
        if (forms == null) {
            throw new Problem(HttpStatus.BAD_REQUEST, "platform.error.body");
        }
        List<Problem.FieldProblem> problems = new ArrayList<>();
        List<MeetingPart> list = parts.findByMeetingIdOrderByStartsAtAscPositionAsc(meeting.id());
        for (int i = 0; i < forms.size(); i++) {
            AgendaItemForm form = forms.get(i);
            if (form == null) {
                problems.add(new Problem.FieldProblem("items[" + i + "]", "platform.error.required"));
                continue;
            }
            for (ConstraintViolation<AgendaItemForm> v : validator.validate(form)) {
                problems.add(new Problem.FieldProblem("items[" + i + "]." + v.getPropertyPath(), key(v)));
            }
            if (form.time() != null && !within(meeting, list, form.time())) {
                problems.add(new Problem.FieldProblem("items[" + i + "].time", list.isEmpty()
                        ? "meetings.agenda.noParts" : "meetings.agenda.outside"));
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return forms.stream().sorted(Comparator.comparing(AgendaItemForm::time)).toList();
    }

    /**
     * Within some part: from its start (inclusive) to its end (exclusive), on the part's day;
     * a part without an end lasts until the end of its day.
     */
    private static boolean within(Meeting meeting, List<MeetingPart> list, LocalTime time) {
        for (MeetingPart part : list) {
            var start = part.startsAt().atZone(meeting.zone());
            LocalDate day = start.toLocalDate();
            var end = part.endsAt() == null ? day.plusDays(1).atStartOfDay(meeting.zone())
                    : part.endsAt().atZone(meeting.zone());
            var at = day.atTime(time).atZone(meeting.zone());
            if (!at.isBefore(start) && at.isBefore(end)) {
                return true;
            }
        }
        return false;
    }

    private static String key(ConstraintViolation<?> v) {
        String t = v.getMessageTemplate();
        return t.startsWith("{") ? t.substring(1, t.length() - 1) : t;
    }
}
