package org.diktyo.language;

import java.util.Locale;

/**
 * The two languages the platform writes, and the one place that decides which of them a
 * locale reads: English for a locale whose language is {@code en}; Greek for every other, as
 * the platform itself falls back to Greek.
 */
public enum Language {
    GREEK, ENGLISH;

    private static final Locale GREEK_LOCALE = Locale.forLanguageTag("el");

    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : GREEK;
    }

    /** Whether a reader of {@code locale} reads English (else Greek). */
    public static boolean english(Locale locale) {
        return of(locale) == ENGLISH;
    }

    /** Whether a language tag ({@code "en"}, {@code "el"}, as stored with an invitation) means English. */
    public static boolean english(String languageTag) {
        return "en".equals(languageTag);
    }

    /** The locale this language is written in: {@code el} or {@link Locale#ENGLISH}. */
    public Locale locale() {
        return this == ENGLISH ? Locale.ENGLISH : GREEK_LOCALE;
    }

    /** {@code el} or {@code en}. */
    public String tag() {
        return this == ENGLISH ? "en" : "el";
    }
}
