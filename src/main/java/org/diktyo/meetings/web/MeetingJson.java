package org.diktyo.meetings.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.diktyo.meetings.AgendaAxis;
import org.diktyo.meetings.MeetingKind;
import org.diktyo.meetings.MeetingStatus;
import org.diktyo.meetings.Visibility;
import org.diktyo.meetings.domain.AgendaItem;
import org.diktyo.meetings.domain.AttachDocuments;
import org.diktyo.meetings.domain.DraftAgenda;
import org.diktyo.followups.FollowUp;
import org.diktyo.meetings.domain.Meeting;
import org.diktyo.meetings.domain.MeetingPart;
import org.diktyo.meetings.domain.PlanMeetings;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the meetings API. Times carry their offset; a meeting carries its zone. */
final class MeetingJson {

    private MeetingJson() {
    }

    record MeetingOut(String id, MeetingKind kind, String titleEl, String titleEn, String hostMunicipalityId,
            String hostOfficialEl, String hostOfficialEn, Visibility visibility, MeetingStatus status, String zone,
            OffsetDateTime startsAt, OffsetDateTime endsAt, int agendaVersion, String minutesEl, String minutesEn,
            Integer numberPresent) {

        static MeetingOut of(PlanMeetings.Summary s) {
            Meeting m = s.meeting();
            ZoneId zone = m.zone();
            return new MeetingOut(m.id(), m.kind(), m.titleEl(), m.titleEn(), m.hostMunicipalityId(),
                    m.hostOfficialEl(), m.hostOfficialEn(), m.visibility(), m.status(), zone.getId(),
                    s.startsAt() == null ? null : s.startsAt().atZone(zone).toOffsetDateTime(),
                    s.endsAt() == null ? null : s.endsAt().atZone(zone).toOffsetDateTime(), m.agendaVersion(),
                    m.minutesEl(), m.minutesEn(), m.numberPresent());
        }
    }

    /** A part; {@code endsAt} is null for a part without an end (a reception "at 20:00"). */
    record PartOut(String id, String titleEl, String titleEn, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String venueEl, String venueEn, String streetEl, String streetEn, String postcode, String cityEl,
            String cityEn, String landmarkEl, String landmarkEn, String roomEl, String roomEn, Integer floor,
            Integer capacity, boolean answeredSeparately) {

        static PartOut of(MeetingPart p, ZoneId zone) {
            return new PartOut(p.id(), p.titleEl(), p.titleEn(), p.startsAt().atZone(zone).toOffsetDateTime(),
                    p.endsAt() == null ? null : p.endsAt().atZone(zone).toOffsetDateTime(), p.venueEl(), p.venueEn(), p.streetEl(), p.streetEn(),
                    p.postcode(), p.cityEl(), p.cityEn(), p.landmarkEl(), p.landmarkEn(), p.roomEl(), p.roomEn(),
                    p.floor(), p.capacity(), p.answeredSeparately());
        }
    }

    /** A page of a list: its items, which page of what size, and how many there are in all. */
    record PageOut<T>(List<T> items, int page, int size, int total) {
    }

    /** The agenda: version 0 is the draft (its items shown to the secretariat only). */
    record AgendaOut(int version, boolean draft, OffsetDateTime publishedAt, List<ItemOut> items) {
        static AgendaOut of(DraftAgenda.Agenda a, ZoneId zone) {
            return new AgendaOut(a.version(), a.draft(),
                    a.publishedAt() == null ? null : a.publishedAt().atZone(zone).toOffsetDateTime(),
                    a.items().stream().map(ItemOut::of).toList());
        }
    }

    record FollowUpOut(String id, String action, String owner, LocalDate dueOn, boolean done) {
        static FollowUpOut of(FollowUp f) {
            return new FollowUpOut(f.id(), f.action(), f.owner(), f.dueOn(), f.done());
        }
    }

    record ItemOut(String time, String titleEl, String titleEn, String speakers, AgendaAxis axis) {
        static ItemOut of(AgendaItem i) {
            return new ItemOut(i.startsAt().toString(), i.titleEl(), i.titleEn(), i.speakers(), i.axis());
        }
    }

    /** A PATCH of a meeting as the OpenAPI document describes it: every field may be left out. */
    record MeetingPatch(MeetingKind kind, String titleEl, String titleEn,
            @Schema(description = "null removes the host", nullable = true) String hostMunicipalityId,
            @Schema(description = "null empties it", nullable = true) String hostOfficialEl,
            @Schema(description = "null empties it", nullable = true) String hostOfficialEn,
            Visibility visibility, MeetingStatus status, @Schema(example = "Europe/Athens") String zone) {
    }

    /** An upload as the OpenAPI document describes it: the file and its titles (multipart fields). */
    record UploadIn(@Schema(type = "string", format = "binary") String file, String titleEl, String titleEn) {
    }

    record DocumentOut(String id, String titleEl, String titleEn, String filename, String mediaType, long size,
            String sha256, String href) {
        static DocumentOut of(AttachDocuments.Listed l) {
            return new DocumentOut(l.document().id(), l.document().titleEl(), l.document().titleEn(),
                    l.file().originalName(), l.file().mediaType(), l.file().size(), l.file().sha256(),
                    "/api/v1/meetings/" + l.document().meetingId() + "/documents/" + l.document().id());
        }
    }
}
