package org.diktyo.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.diktyo.language.Bilingual;

@Entity
@Table(name = "regional_unit")
public class RegionalUnit {

    public Bilingual name() {
        return Bilingual.of(nameEl(), nameEn());
    }

    @Id
    private Integer id;
    private String regionId;
    private String nameEl;
    private String nameEn;

    protected RegionalUnit() {
    }

    public RegionalUnit(int id, String regionId, String nameEl, String nameEn) {
        this.id = id;
        this.regionId = regionId;
        this.nameEl = nameEl;
        this.nameEn = nameEn;
    }

    public Integer id() {
        return id;
    }

    public String nameEl() {
        return nameEl;
    }

    public String nameEn() {
        return nameEn;
    }
}
