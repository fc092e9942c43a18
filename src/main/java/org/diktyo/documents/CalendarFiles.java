package org.diktyo.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.diktyo.documents.render.Labels;

/**
 * Calendar files (RFC 5545, iCal4j): one {@code VEVENT} per part of a meeting the invitee
 * attends, times in the meeting's zone with its {@code VTIMEZONE}, the venue as
 * {@code LOCATION}, the reply link as {@code URL} and in the {@code DESCRIPTION}.
 *
 * <p>Calendars match an update to the entry they hold by {@code UID} and take it only if its
 * {@code SEQUENCE} is higher: the caller keeps both — a {@link #uid} per part and invitation,
 * and a sequence that grows with every change of time, place or status.
 */
public final class CalendarFiles {

    /** iTIP method: an invitation or its update, its withdrawal, or a plain publication. */
    public enum Kind { REQUEST, CANCEL, PUBLISH }

    /** Someone with an email address: the organiser (the secretariat) or an attendee. */
    public record Person(String name, String email) {
        public Person {
            Objects.requireNonNull(email, "email");
        }
    }

    /**
     * One part of the meeting.
     *
     * @param uid stable across updates ({@link #uid})
     * @param sequence 0 first, higher with every change of time, place or status
     * @param description the text under the title, without the reply link (added from the invite)
     * @param end {@code null} for a part that only has a start (a reception "at 20:00"): no DTEND
     * @param cancelled {@code STATUS:CANCELLED} (implied for every event by {@link Kind#CANCEL})
     */
    public record Event(String uid, int sequence, ZonedDateTime start, ZonedDateTime end, String summary,
            String location, String description, boolean cancelled) {
        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            if (end != null && end.isBefore(start)) {
                throw new IllegalArgumentException("an event ends after it starts: " + start + " – " + end);
            }
            Objects.requireNonNull(summary, "summary");
            if (sequence < 0) {
                throw new IllegalArgumentException("a sequence is not negative: " + sequence);
            }
        }
    }

    /**
     * @param locale the invitee's language: texts are passed in it, the reply label is added in it
     * @param attendees may be empty for {@link Kind#PUBLISH}
     * @param rsvpUrl the personal reply link, or {@code null}
     */
    public record Invite(Kind kind, Locale locale, Person organizer, List<Person> attendees, String rsvpUrl,
            List<Event> events) {
        public Invite {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(locale, "locale");
            Objects.requireNonNull(organizer, "organizer");
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("a calendar file has at least one event");
            }
        }
    }

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarFiles() {
    }

    /** A UID that stays the same for a part and an invitation (or any key the caller keeps). */
    public static String uid(String partId, String invitationKey) {
        return UUID.nameUUIDFromBytes((partId + "\n" + invitationKey).getBytes(StandardCharsets.UTF_8)) + "@diktyo";
    }

    /** The calendar file's text, lines ending in CRLF and folded at 75 octets. */
    public static String ics(Invite invite) {
        Labels labels = Labels.of(invite.locale());
        Language language = new Language(labels.lang());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Diktyo//Diktyo//" + labels.lang().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(invite.kind().name()));
        invite.events().stream().map(e -> e.start().getZone().getId()).distinct()
                .forEach(zone -> calendar.add(ZONES.getTimeZone(zone).getVTimeZone()));
        for (Event e : invite.events()) {
            // a part with no end (a reception "at 20:00") has no DTEND: RFC 5545 reads it as a moment
            VEvent event = e.end() == null ? new VEvent(e.start(), e.summary()) : new VEvent(e.start(), e.end(), e.summary());
            event.getProperty(Summary.SUMMARY).ifPresent(s -> s.add(language));
            event.add(new Uid(e.uid()));
            event.add(new Sequence(e.sequence()));
            boolean cancelled = e.cancelled() || invite.kind() == Kind.CANCEL;
            event.add(cancelled ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
            if (e.location() != null && !e.location().isBlank()) {
                event.add(new Location(e.location()).add(language));
            }
            String description = description(e.description(), invite.rsvpUrl(), labels);
            if (!description.isEmpty()) {
                event.add(new Description(description).add(language));
            }
            if (invite.rsvpUrl() != null) {
                event.add(new Url(URI.create(invite.rsvpUrl())));
            }
            event.add(organizer(invite.organizer()));
            for (Person person : invite.attendees()) {
                event.add(attendee(person, cancelled));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String description(String text, String rsvpUrl, Labels labels) {
        String base = text == null ? "" : text.strip();
        if (rsvpUrl == null) {
            return base;
        }
        String reply = labels.t("documents.calendar.rsvp", rsvpUrl);
        return base.isEmpty() ? reply : base + "\n\n" + reply;
    }

    private static Organizer organizer(Person person) {
        Organizer organizer = new Organizer(URI.create("mailto:" + person.email()));
        if (person.name() != null && !person.name().isBlank()) {
            organizer.add(new Cn(person.name()));
        }
        return organizer;
    }

    private static Attendee attendee(Person person, boolean cancelled) {
        Attendee attendee = new Attendee(URI.create("mailto:" + person.email()));
        if (person.name() != null && !person.name().isBlank()) {
            attendee.add(new Cn(person.name()));
        }
        attendee.add(Role.REQ_PARTICIPANT);
        if (!cancelled) {
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
        }
        return attendee;
    }
}
