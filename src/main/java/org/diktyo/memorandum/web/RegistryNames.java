package org.diktyo.memorandum.web;

import java.util.Locale;

import org.diktyo.drafting.MunicipalityNames;
import org.diktyo.network.Registry;
import org.springframework.stereotype.Component;

/** The drafting pages (of the memorandum and of positions) name municipalities by their official names in the registry. */
@Component
class RegistryNames implements MunicipalityNames {

    private final Registry registry;

    RegistryNames(Registry registry) {
        this.registry = registry;
    }

    @Override
    public String name(String municipalityId, Locale locale) {
        return registry.names(municipalityId).map(n -> n.officialName().in(locale)).orElse(municipalityId);
    }
}
