package org.diktyo.network.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.diktyo.language.Language;
import org.diktyo.network.domain.Geography;
import org.diktyo.network.domain.Municipality;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Region and unit names, numbers and join dates as a page in one language shows them. */
public final class Names {

    /** Makes the {@link Names} of a language. */
    @Component
    static class Factory {

        private final Geography geography;
        private final MessageSource messages;

        Factory(Geography geography, MessageSource messages) {
            this.geography = geography;
            this.messages = messages;
        }

        Names in(Locale locale) {
            return new Names(geography, messages, locale);
        }
    }

    private final Geography geography;
    private final MessageSource messages;
    private final Locale locale;

    Names(Geography geography, MessageSource messages, Locale locale) {
        this.geography = geography;
        this.messages = messages;
        this.locale = locale;
    }

    public String official(Municipality m) {
        return m.officialName().in(locale);
    }

    public String shortName(Municipality m) {
        return m.name().in(locale);
    }

    /** {@code Περιφέρεια Αττικής} / {@code Attica}; Mount Athos keeps its own name. */
    public String region(String regionId) {
        var region = geography.region(regionId);
        if (region == null) {
            return "";
        }
        if (Language.english(locale)) {
            return region.name().in(locale);
        }
        // the Greek names are genitives: «Περιφέρεια Αττικής»
        return MOUNT_ATHOS.equals(regionId) ? region.nameEl()
                : messages.getMessage("network.region.name", new Object[] {region.nameEl()}, locale);
    }

    private static final String MOUNT_ATHOS = "GR-69";

    public String unit(Municipality m) {
        var unit = geography.unit(m.unitId());
        return unit == null ? "" : unit.name().in(locale);
    }

    /** The unit with its kind, as a heading names it: the Greek names are genitives, «Περιφερειακή Ενότητα Κεντρικού Τομέα Αθηνών». */
    public String unitTitle(Municipality m) {
        String name = unit(m);
        return name.isEmpty() || MOUNT_ATHOS.equals(m.regionId()) ? name
                : messages.getMessage("network.unit.name", new Object[] {name}, locale);
    }

    public String seat(Municipality m) {
        return m.seat().in(locale);
    }

    /** {@code 637.798} in Greek, {@code 637,798} in English. */
    public String number(Number n) {
        return n == null ? "–" : NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** {@code Ιανουάριος 2018} / {@code January 2018}, or the year alone. */
    public String joined(Municipality m) {
        if (m.joinedYear() == null) {
            return "–";
        }
        if (m.joinedMonth() == null) {
            return String.valueOf(m.joinedYear());
        }
        return java.time.YearMonth.of(m.joinedYear(), m.joinedMonth())
                .format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }
}
