package org.diktyo.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.diktyo.language.Bilingual;

/** One of the 13 regions of Greece (and Mount Athos), keyed by its ISO 3166-2 code. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    private String id;
    private String nameEl;
    private String nameEn;
    private String seatEl;
    private String seatEn;
    private int sortNo;

    protected Region() {
    }

    public Region(String id, String nameEl, String nameEn, String seatEl, String seatEn, int sortNo) {
        this.id = id;
        this.nameEl = nameEl;
        this.nameEn = nameEn;
        this.seatEl = seatEl;
        this.seatEn = seatEn;
        this.sortNo = sortNo;
    }

    public String id() {
        return id;
    }

    public String nameEl() {
        return nameEl;
    }

    public String nameEn() {
        return nameEn;
    }

    public int sortNo() {
        return sortNo;
    }

    /** {@code nameEl} and {@code nameEn} together. */
    public Bilingual name() {
        return Bilingual.of(nameEl(), nameEn());
    }
}
