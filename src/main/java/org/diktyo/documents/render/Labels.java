package org.diktyo.documents.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.diktyo.language.Language;

/**
 * The documents' own words ({@code i18n/documents_el.properties}, {@code _en}), read without
 * Spring so the renderers stay plain classes: English for an English locale, Greek otherwise.
 */
public final class Labels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/documents", locale, NO_FALLBACK);
    }

    public static Labels of(Locale locale) {
        return new Labels(english(locale) ? Locale.ENGLISH : Locale.forLanguageTag("el"));
    }

    public static boolean english(Locale locale) {
        return Language.english(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
