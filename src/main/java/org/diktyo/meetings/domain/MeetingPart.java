package org.diktyo.meetings.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.diktyo.language.Bilingual;
import org.diktyo.meetings.Venue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One session of a meeting — the working meeting, the reception — with its time and place. */
@Entity
@Table(name = "meeting_part")
public class MeetingPart {

    @Id
    private String id;
    private String meetingId;
    private int position;
    private String titleEl;
    private String titleEn;
    private Instant startsAt;
    private Instant endsAt;
    private String venueEl;
    private String venueEn;
    private String streetEl;
    private String streetEn;
    private String postcode;
    private String cityEl;
    private String cityEn;
    private String landmarkEl;
    private String landmarkEn;
    private String roomEl;
    private String roomEn;
    private Integer floor;
    private Integer capacity;
    private boolean answeredSeparately;
    @Version
    private int version;

    protected MeetingPart() {
    }

    MeetingPart(String meetingId, int position) {
        this.id = UUID.randomUUID().toString();
        this.meetingId = meetingId;
        this.position = position;
    }

    void apply(PartForm f, Instant starts, Instant ends) {
        this.titleEl = f.titleEl().trim();
        this.titleEn = f.titleEn().trim();
        this.startsAt = starts;
        this.endsAt = ends;
        this.venueEl = f.venueEl().trim();
        this.venueEn = f.venueEn().trim();
        this.streetEl = f.streetEl().trim();
        this.streetEn = f.streetEn().trim();
        this.postcode = f.postcode().replace(" ", "");
        this.cityEl = f.cityEl().trim();
        this.cityEn = f.cityEn().trim();
        this.landmarkEl = PartForm.blankToNull(f.landmarkEl());
        this.landmarkEn = PartForm.blankToNull(f.landmarkEn());
        this.roomEl = PartForm.blankToNull(f.roomEl());
        this.roomEn = PartForm.blankToNull(f.roomEn());
        this.floor = f.floor();
        this.capacity = f.capacity();
        this.answeredSeparately = f.answeredSeparately();
    }

    /** The same wall-clock times in another zone. */
    void keepWallClock(ZoneId from, ZoneId to) {
        this.startsAt = startsAt.atZone(from).toLocalDateTime().atZone(to).toInstant();
        this.endsAt = endsAt == null ? null : endsAt.atZone(from).toLocalDateTime().atZone(to).toInstant();
    }

    public String id() { return id; }
    public String meetingId() { return meetingId; }
    public int position() { return position; }
    public String titleEl() { return titleEl; }
    public String titleEn() { return titleEn; }
    public Instant startsAt() { return startsAt; }
    /** The end, or {@code null} for a part that has none (a reception "at 20:00"). */
    public Instant endsAt() { return endsAt; }
    /** The end, or the start of a part without an end. */
    public Instant lastsUntil() { return endsAt == null ? startsAt : endsAt; }
    public String venueEl() { return venueEl; }
    public String venueEn() { return venueEn; }
    public String streetEl() { return streetEl; }
    public String streetEn() { return streetEn; }
    public String postcode() { return postcode; }
    public String cityEl() { return cityEl; }
    public String cityEn() { return cityEn; }
    public String landmarkEl() { return landmarkEl; }
    public String landmarkEn() { return landmarkEn; }
    public String roomEl() { return roomEl; }
    public String roomEn() { return roomEn; }
    public Integer floor() { return floor; }
    public Integer capacity() { return capacity; }
    public boolean answeredSeparately() { return answeredSeparately; }

    /** Where the part takes place, to be written in one language. */
    public Venue venue() {
        return new Venue(roomEl, roomEn, venueEl, venueEn, streetEl, streetEn, landmarkEl, landmarkEn,
                floor, postcode, cityEl, cityEn);
    }

    /** {@code titleEl} and {@code titleEn} together. */
    public Bilingual title() {
        return Bilingual.of(titleEl(), titleEn());
    }
}
