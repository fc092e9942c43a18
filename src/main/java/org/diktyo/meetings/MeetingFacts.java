package org.diktyo.meetings;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.diktyo.language.Bilingual;

/**
 * What other modules (invitations, letters) need to know of a meeting, without the viewer's
 * access rules: the caller has its own reason to read (a personal invitation link, the
 * secretariat's campaign). Read-only, except the number present that check-in feeds.
 */
public interface MeetingFacts {

    Optional<MeetingInfo> meeting(String meetingId);

    /** Meetings still being prepared or announced (not held, not cancelled), the newest first. */
    List<MeetingInfo> upcoming();

    /** The parts in order of time. */
    List<PartInfo> parts(String meetingId);

    /** The latest published agenda, or empty while it is a draft. */
    Optional<PublishedAgenda> publishedAgenda(String meetingId);

    List<DocumentInfo> documents(String meetingId);

    /** The bytes of one of the meeting's documents, or empty if it is not the meeting's. */
    Optional<InputStream> openDocument(String meetingId, String documentId);

    /**
     * The decisions taken at a meeting, in their order (numbered from 1), each with the kind of
     * the meeting (the memorandum cites decisions of the Committee of Mayors); empty for an
     * unknown meeting.
     */
    List<DecisionInfo> decisions(String meetingId);

    /** The decisions of every meeting of one kind, the newest meeting first, each meeting's in order. */
    List<DecisionInfo> decisionsOf(MeetingKind kind);

    /** Check-in on the day sets how many were present. */
    void numberPresent(String meetingId, int count);

    record MeetingInfo(String id, String titleEl, String titleEn, String hostMunicipalityId, String hostOfficialEl,
            String hostOfficialEn, MeetingStatus status, ZoneId zone, int agendaVersion, Integer numberPresent) {

        /** {@code titleEl} and {@code titleEn} together. */
        public Bilingual title() {
            return Bilingual.of(titleEl(), titleEn());
        }

        /** {@code hostOfficialEl} and {@code hostOfficialEn} together. */
        public Bilingual hostOfficial() {
            return Bilingual.of(hostOfficialEl(), hostOfficialEn());
        }
    }

    record PartInfo(String id, int position, String titleEl, String titleEn, Instant startsAt, Instant endsAt,
            String venueEl, String venueEn, String streetEl, String streetEn, String postcode, String cityEl,
            String cityEn, String landmarkEl, String landmarkEn, String roomEl, String roomEn, Integer floor,
            Integer capacity, boolean answeredSeparately) {

        /** {@code titleEl} and {@code titleEn} together. */
        public Bilingual title() {
            return Bilingual.of(titleEl(), titleEn());
        }

        /** Where the part takes place, to be written in one language. */
        public Venue venue() {
            return new Venue(roomEl, roomEn, venueEl, venueEn, streetEl, streetEn, landmarkEl, landmarkEn, floor, postcode,
                    cityEl, cityEn);
        }
    }

    record PublishedAgenda(int version, Instant publishedAt, List<AgendaEntry> items) {
    }

    record AgendaEntry(LocalTime startsAt, String titleEl, String titleEn, String speakers) {

        /** {@code titleEl} and {@code titleEn} together. */
        public Bilingual title() {
            return Bilingual.of(titleEl(), titleEn());
        }
    }

    record DecisionInfo(String meetingId, MeetingKind kind, int position, String textEl, String textEn) {

        /** {@code textEl} and {@code textEn} together. */
        public Bilingual text() {
            return Bilingual.of(textEl(), textEn());
        }
    }

    record DocumentInfo(String id, String titleEl, String titleEn, String filename, String mediaType, long size) {

        /** {@code titleEl} and {@code titleEn} together. */
        public Bilingual title() {
            return Bilingual.of(titleEl(), titleEn());
        }
    }
}
