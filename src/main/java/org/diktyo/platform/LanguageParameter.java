package org.diktyo.platform;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/** The {@code lang} parameter of a file made in one language: {@code el} (the default) or {@code en}; else 400. */
public final class LanguageParameter {

    public static final Locale GREEK = Locale.forLanguageTag("el");

    private LanguageParameter() {
    }

    public static Locale locale(String lang) {
        if (lang == null || lang.isBlank() || "el".equals(lang)) {
            return GREEK;
        }
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        throw new Problem(HttpStatus.BAD_REQUEST, "platform.error.parameter", "lang");
    }
}
