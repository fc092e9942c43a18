package org.diktyo.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.diktyo.language.Bilingual;

/** An organisation that supports the network (IOM, UNHCR). */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    private String id;
    private String shortEl;
    private String shortEn;
    private String nameEl;
    private String nameEn;
    private String website;
    private int sortNo;

    protected Partner() {
    }

    public String id() {
        return id;
    }

    public String shortEl() {
        return shortEl;
    }

    public String shortEn() {
        return shortEn;
    }

    public String nameEl() {
        return nameEl;
    }

    public String nameEn() {
        return nameEn;
    }

    public String website() {
        return website;
    }

    /** {@code nameEl} and {@code nameEn} together. */
    public Bilingual name() {
        return Bilingual.of(nameEl(), nameEn());
    }

    /** {@code shortEl} and {@code shortEn} together. */
    public Bilingual abbreviation() {
        return Bilingual.of(shortEl(), shortEn());
    }
}
