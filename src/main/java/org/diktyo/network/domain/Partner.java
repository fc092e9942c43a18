package org.diktyo.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
}
