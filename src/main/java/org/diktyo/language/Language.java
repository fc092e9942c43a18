package org.diktyo.language;

import java.util.Locale;

/**
 * The two languages the platform writes. English for a locale whose language is {@code en};
 * Greek for every other, as the platform itself falls back to Greek.
 */
enum Language {
    GREEK, ENGLISH;

    static Language of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : GREEK;
    }
}
