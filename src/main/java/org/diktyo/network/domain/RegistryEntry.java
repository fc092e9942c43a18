package org.diktyo.network.domain;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.diktyo.language.Bilingual;

/** What a region and a body of the network have in common: a key, a name in both languages, a place in the list. */
@MappedSuperclass
public abstract class RegistryEntry {

    @Id
    private String id;
    private String nameEl;
    private String nameEn;
    private int sortNo;

    protected RegistryEntry() {
    }

    protected RegistryEntry(String id, String nameEl, String nameEn, int sortNo) {
        this.id = id;
        this.nameEl = nameEl;
        this.nameEn = nameEn;
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
