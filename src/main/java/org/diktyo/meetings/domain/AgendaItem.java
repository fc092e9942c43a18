package org.diktyo.meetings.domain;

import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.diktyo.language.Bilingual;
import org.diktyo.meetings.AgendaAxis;

/** One item of one version of an agenda (version 0 is the draft). */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String meetingId;
    private int version;
    private int position;
    private LocalTime startsAt;
    private String titleEl;
    private String titleEn;
    private String speakers;
    @Enumerated(EnumType.STRING)
    private AgendaAxis axis;

    protected AgendaItem() {
    }

    AgendaItem(String meetingId, int version, int position, AgendaItemForm form) {
        this.meetingId = meetingId;
        this.version = version;
        this.position = position;
        this.startsAt = form.time();
        this.titleEl = form.titleEl().trim();
        this.titleEn = form.titleEn() == null || form.titleEn().isBlank() ? this.titleEl : form.titleEn().trim();
        this.speakers = form.speakers() == null || form.speakers().isBlank() ? null : form.speakers().trim();
        this.axis = form.axis();
    }

    AgendaItem copy(int newVersion) {
        return new AgendaItem(meetingId, newVersion, position, form());
    }

    public AgendaItemForm form() {
        return new AgendaItemForm(startsAt, titleEl, titleEn, speakers == null ? "" : speakers, axis);
    }

    public int position() { return position; }
    public LocalTime startsAt() { return startsAt; }
    public String titleEl() { return titleEl; }
    public String titleEn() { return titleEn; }
    public String speakers() { return speakers; }
    public AgendaAxis axis() { return axis; }

    /** {@code titleEl} and {@code titleEn} together. */
    public Bilingual title() {
        return Bilingual.of(titleEl(), titleEn());
    }
}
