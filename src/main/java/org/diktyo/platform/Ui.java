package org.diktyo.platform;

import java.util.Locale;

import org.diktyo.language.Language;
import org.springframework.context.MessageSource;

/**
 * What every page template needs besides its own view: the language, translated messages,
 * the CSRF token for forms and who is signed in. Built per request by {@link UiModel}.
 */
public final class Ui {

    private final MessageSource messages;
    private final Locale locale;
    private final java.util.function.Supplier<org.springframework.security.web.csrf.CsrfToken> csrf;
    private final Viewer viewer;
    private final String path;
    private final String notice;
    private final java.util.function.UnaryOperator<String> assets;

    public Ui(MessageSource messages, Locale locale,
            java.util.function.Supplier<org.springframework.security.web.csrf.CsrfToken> csrf,
            Viewer viewer, String path, String notice, java.util.function.UnaryOperator<String> assets) {
        this.messages = messages;
        this.locale = locale;
        this.csrf = csrf;
        this.viewer = viewer;
        this.path = path;
        this.notice = notice;
        this.assets = assets;
    }

    /**
     * The address of a static file ({@code /css/diktyo.css}) with its content's hash in its name
     * ({@code /css/diktyo-5f1c….css}): browsers keep it for a year, and a changed file is a new address.
     */
    public String asset(String path) {
        return assets.apply(path);
    }

    /** The message key of a confirmation carried over a redirect ("saved"), or null. */
    public String notice() {
        return notice;
    }

    /** The message for {@code key} in the page's language. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    public boolean greek() {
        return !Language.english(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String csrfParameter() {
        var token = csrf.get();
        return token == null ? "_csrf" : token.getParameterName();
    }

    /**
     * The CSRF token, asked for only by a page that renders a POST form: a page without one
     * (the public pages) creates no session.
     */
    public String csrfToken() {
        var token = csrf.get();
        return token == null ? "" : token.getToken();
    }

    public Viewer viewer() {
        return viewer;
    }

    public String path() {
        return path;
    }

    /** The language switch points back to this page in the other language. */
    public String otherLang() {
        return greek() ? "en" : "el";
    }
}
