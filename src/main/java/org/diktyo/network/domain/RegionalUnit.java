package org.diktyo.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "regional_unit")
public class RegionalUnit {

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
