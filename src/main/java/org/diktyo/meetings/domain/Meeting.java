package org.diktyo.meetings.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.diktyo.language.Bilingual;
import org.diktyo.meetings.MeetingKind;
import org.diktyo.meetings.MeetingStatus;
import org.diktyo.meetings.Visibility;

/** A meeting of the network, its host and who may see it; times live in its parts. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    private String titleEl;
    private String titleEn;
    private String hostMunicipalityId;
    private String hostOfficialEl;
    private String hostOfficialEn;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    private String zone;
    private int agendaVersion;
    private String minutesEl;
    private String minutesEn;
    private Integer numberPresent;
    private Instant createdAt;
    @Version
    private int version;

    protected Meeting() {
    }

    public Meeting(Instant now) {
        this.id = UUID.randomUUID().toString();
        this.status = MeetingStatus.DRAFT;
        this.zone = "Europe/Athens";
        this.createdAt = now;
    }

    void describe(MeetingForm form) {
        this.kind = form.kind();
        this.titleEl = form.titleEl().trim();
        this.titleEn = form.titleEn().trim();
        this.hostMunicipalityId = blankToNull(form.hostMunicipalityId());
        this.hostOfficialEl = blankToNull(form.hostOfficialEl());
        this.hostOfficialEn = blankToNull(form.hostOfficialEn());
        this.visibility = form.visibility();
        this.zone = form.zone() == null || form.zone().isBlank() ? "Europe/Athens" : form.zone().trim();
        if (form.status() != null && form.status() != MeetingStatus.CANCELLED) {
            this.status = form.status();
        }
    }

    void cancel() {
        this.status = MeetingStatus.CANCELLED;
    }

    void agendaPublished(int newVersion) {
        this.agendaVersion = newVersion;
    }

    void outcome(String minutesEl, String minutesEn, Integer numberPresent) {
        this.minutesEl = blankToNull(minutesEl);
        this.minutesEn = blankToNull(minutesEn);
        this.numberPresent = numberPresent;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String id() {
        return id;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String titleEl() {
        return titleEl;
    }

    public String titleEn() {
        return titleEn;
    }

    public String hostMunicipalityId() {
        return hostMunicipalityId;
    }

    public String hostOfficialEl() {
        return hostOfficialEl;
    }

    public String hostOfficialEn() {
        return hostOfficialEn;
    }

    public Visibility visibility() {
        return visibility;
    }

    public MeetingStatus status() {
        return status;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public int agendaVersion() {
        return agendaVersion;
    }

    public String minutesEl() {
        return minutesEl;
    }

    public String minutesEn() {
        return minutesEn;
    }

    public Integer numberPresent() {
        return numberPresent;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** {@code titleEl} and {@code titleEn} together. */
    public Bilingual title() {
        return Bilingual.of(titleEl(), titleEn());
    }

    /** {@code hostOfficialEl} and {@code hostOfficialEn} together. */
    public Bilingual hostOfficial() {
        return Bilingual.of(hostOfficialEl(), hostOfficialEn());
    }

    /** {@code minutesEl} and {@code minutesEn} together. */
    public Bilingual minutes() {
        return Bilingual.of(minutesEl(), minutesEn());
    }
}
