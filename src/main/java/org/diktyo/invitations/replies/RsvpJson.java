package org.diktyo.invitations.replies;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.diktyo.invitations.DelegateRow;
import org.diktyo.invitations.ReplyView;
import org.diktyo.language.Language;
import org.diktyo.meetings.MeetingFacts;

/** The JSON of an invitation and its answer (the RSVP API, and the secretariat's). Times are ISO-8601 with the meeting zone's offset. */
public final class RsvpJson {

    private RsvpJson() {
    }

    /** An enum's name, as the JSON writes it; null for none. */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    public static OffsetDateTime at(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    public record DelegateOut(String id, int position, String fullName, String roleTitle, String email, String phone,
            String needs, Boolean confirmed, String checkInCode, OffsetDateTime checkedInAt) {
        public static DelegateOut of(DelegateRow d, ReplyView v, ZoneId zone) {
            boolean confirmed = v != null && v.confirmed(d);
            return new DelegateOut(d.id(), d.position(), d.fullName(), d.roleTitle(), d.email(), d.phone(), d.needs(),
                    v == null ? null : confirmed, confirmed ? d.checkInCode() : null, at(d.checkedInAt(), zone));
        }
    }

    public record PartOut(String id, String titleEl, String titleEn, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String placeEl, String placeEn, String answer, int wanted, int seated, int waitlisted, Integer waitlistPosition) {
        public static PartOut of(ReplyView.PartAnswer a, ZoneId zone) {
            MeetingFacts.PartInfo p = a.part();
            return new PartOut(p.id(), p.titleEl(), p.titleEn(), at(p.startsAt(), zone), at(p.endsAt(), zone),
                    p.venue().location(Language.GREEK.locale()), p.venue().location(Language.ENGLISH.locale()),
                    a.attending() == null ? null : Attendance.of(a.attending()).name(), a.wanted(), a.seated(),
                    Math.max(0, a.wanted() - a.seated()), a.waitPosition());
        }
    }

    public record AgendaItemOut(String time, String titleEl, String titleEn, String speakers) {
    }

    public record DocumentOut(String id, String titleEl, String titleEn, String filename, long size, String href) {
    }

    /** What the invited municipality sees through its link. */
    public record RsvpOut(String invitationId, String municipalityId, String municipalityEl, String municipalityEn,
            String meetingId, String meetingTitleEl, String meetingTitleEn, String hostEl, String hostEn, int quota,
            OffsetDateTime rsvpDeadline, boolean open, OffsetDateTime answeredAt, String answeredVia, List<PartOut> parts,
            List<DelegateOut> delegates, Integer agendaVersion, List<AgendaItemOut> agenda, List<DocumentOut> documents) {

        public static RsvpOut of(ReplyView v, String documentBase) {
            ZoneId zone = v.meeting().zone();
            var agenda = v.agenda();
            return new RsvpOut(v.invitation().id(), v.municipality().municipalityId(), v.municipality().officialNameEl(),
                    v.municipality().officialNameEn(), v.meeting().id(), v.meeting().titleEl(), v.meeting().titleEn(),
                    v.meeting().hostOfficialEl(), v.meeting().hostOfficialEn(), v.campaign().quota(),
                    at(v.deadline(), zone), v.open(), at(v.invitation().answeredAt(), zone), name(v.invitation().answeredVia()),
                    v.parts().stream().map(p -> PartOut.of(p, zone)).toList(),
                    v.delegates().stream().map(d -> DelegateOut.of(d, v, zone)).toList(),
                    agenda == null ? null : agenda.version(),
                    agenda == null ? List.of() : agenda.items().stream().map(i -> new AgendaItemOut(
                            org.diktyo.language.TimePhrases.time(i.startsAt()), i.titleEl(), i.titleEn(), i.speakers())).toList(),
                    v.documents().stream().map(d -> new DocumentOut(d.id(), d.titleEl(), d.titleEn(), d.filename(), d.size(),
                            documentBase + d.id())).toList());
        }
    }
}
