package org.diktyo.language;

import java.util.Locale;

/**
 * A text in Greek and in English, as the platform stores its titles, names and descriptions.
 * The Greek is authoritative; a blank side counts as missing and is read in the other language,
 * so that a reader never gets an empty title because one translation is not written yet.
 * JSON keeps its field pairs ({@code titleEl}, {@code titleEn}): this type is for reading.
 */
public record Bilingual(String el, String en) {

    public static final Bilingual NONE = new Bilingual(null, null);

    public static Bilingual of(String el, String en) {
        return new Bilingual(el, en);
    }

    /** The text in the reader's language: English for an English locale when there is any, else Greek. */
    public String in(Locale locale) {
        return in(Language.of(locale));
    }

    public String in(Language language) {
        if (language == Language.ENGLISH) {
            return present(en) ? en : el;
        }
        return present(el) || !present(en) ? el : en;
    }

    /** Whether either language holds text. */
    public boolean isPresent() {
        return present(el) || present(en);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
