package org.diktyo.network.web;

import org.diktyo.network.MembershipStatus;
import org.diktyo.network.domain.Geography;
import org.diktyo.network.domain.Municipality;
import org.diktyo.network.domain.Region;
import org.diktyo.network.domain.RegionalUnit;

/** A municipality over the API: public facts only, never contacts. */
record MunicipalityJson(String id, String nameEl, String nameEn, String officialNameEl, String officialNameEn,
        String mayorTitleEl, String mayorTitleEn, String seatEl, String seatEn, String regionId, String regionEl,
        String regionEn, String regionalUnitEl, String regionalUnitEn, String elstatCode, Integer population2021,
        Integer population2011, MembershipStatus status, String joined, boolean founder, String website) {

    static MunicipalityJson of(Municipality m, Geography geography) {
        Region region = geography.region(m.regionId());
        RegionalUnit unit = geography.unit(m.unitId());
        String joined = m.joinedYear() == null ? null
                : m.joinedMonth() == null ? String.valueOf(m.joinedYear())
                : String.format("%d-%02d", m.joinedYear(), m.joinedMonth());
        return new MunicipalityJson(m.id(), m.nameEl(), m.nameEn(), m.officialNameEl(), m.officialNameEn(),
                m.mayorTitleEl(), m.mayorTitleEn(), m.seatEl(), m.seatEn(), m.regionId(), region.nameEl(),
                region.nameEn(), unit.nameEl(), unit.nameEn(), m.elstatCode(), m.population2021(),
                m.population2011(), m.status(), joined, m.founder(), m.website());
    }
}
