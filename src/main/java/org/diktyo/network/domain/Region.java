package org.diktyo.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the 13 regions of Greece (and Mount Athos), keyed by its ISO 3166-2 code. */
@Entity
@Table(name = "region")
public class Region extends RegistryEntry {

    private String seatEl;
    private String seatEn;

    protected Region() {
    }

    public Region(String id, String nameEl, String nameEn, String seatEl, String seatEn, int sortNo) {
        super(id, nameEl, nameEn, sortNo);
        this.seatEl = seatEl;
        this.seatEn = seatEn;
    }
}
