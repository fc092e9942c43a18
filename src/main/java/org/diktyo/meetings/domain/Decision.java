package org.diktyo.meetings.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.diktyo.language.Bilingual;

/** A decision taken at a meeting. */
@Entity
@Table(name = "meeting_decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String meetingId;
    private int position;
    private String textEl;
    private String textEn;

    protected Decision() {
    }

    Decision(String meetingId, int position, String textEl, String textEn) {
        this.meetingId = meetingId;
        this.position = position;
        this.textEl = textEl;
        this.textEn = textEn;
    }

    public int position() { return position; }
    public String textEl() { return textEl; }
    public String textEn() { return textEn; }

    /** {@code textEl} and {@code textEn} together. */
    public Bilingual text() {
        return Bilingual.of(textEl(), textEn());
    }
}
