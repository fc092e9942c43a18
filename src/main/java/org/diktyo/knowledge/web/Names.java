package org.diktyo.knowledge.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diktyo.language.Bilingual;
import org.diktyo.network.Addressees;
import org.diktyo.network.MembershipStatus;
import org.springframework.stereotype.Component;

/** The municipalities' names for the knowledge pages: every one by id, and the members to choose an owner from. */
@Component
class Names {

    private final Addressees addressees;

    Names(Addressees addressees) {
        this.addressees = addressees;
    }

    Map<String, Bilingual> all() {
        Map<String, Bilingual> names = new LinkedHashMap<>();
        addressees.all().forEach(a -> names.put(a.municipalityId(), a.name()));
        return names;
    }

    Map<String, String> members(java.util.Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        addressees.find(MembershipStatus.MEMBER, null).forEach(a -> names.put(a.municipalityId(), a.name().in(locale)));
        return names;
    }
}
