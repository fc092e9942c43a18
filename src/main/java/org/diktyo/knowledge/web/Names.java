package org.diktyo.knowledge.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diktyo.language.Bilingual;
import org.diktyo.network.Addressees;
import org.diktyo.network.MembershipStatus;
import org.diktyo.network.Registry;
import org.springframework.stereotype.Component;

/**
 * The names the knowledge pages show: the municipalities by id, the members to choose an owner or
 * partners from, the supporting organisations and the regions.
 */
@Component
class Names {

    private final Addressees addressees;
    private final Registry registry;

    Names(Addressees addressees, Registry registry) {
        this.addressees = addressees;
        this.registry = registry;
    }

    /** The network's supporting organisations (IOM, UNHCR) by id, in their order. */
    Map<String, String> organisations(java.util.Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        registry.partners().forEach(p -> names.put(p.id(), p.letterheadName(locale)));
        return names;
    }

    /** The regions by id. */
    Map<String, Bilingual> regions() {
        Map<String, Bilingual> names = new LinkedHashMap<>();
        addressees.regions().forEach(r -> names.put(r.id(), r.name()));
        return names;
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
