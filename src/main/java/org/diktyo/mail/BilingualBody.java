package org.diktyo.mail;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * A mail written in Greek with the English below: the subject «Greek / English», the text in
 * both separated by a rule, and its HTML with {@code link} made clickable. The texts are the
 * messages {@code <prefix>subject} and {@code <prefix>text}, given {@code el} and {@code en}.
 */
public record BilingualBody(String subject, String text, String html) {

    private static final Locale GREEK = Locale.forLanguageTag("el");

    public static BilingualBody of(MessageSource messages, String prefix, Object[] el, Object[] en, String link) {
        String subject = messages.getMessage(prefix + "subject", el, GREEK) + " / "
                + messages.getMessage(prefix + "subject", en, Locale.ENGLISH);
        String text = messages.getMessage(prefix + "text", el, GREEK) + "\n\n---\n\n"
                + messages.getMessage(prefix + "text", en, Locale.ENGLISH);
        String escaped = HtmlUtils.htmlEscape(link);
        String html = "<p>" + HtmlUtils.htmlEscape(text).replace("\n\n", "</p><p>").replace("\n", "<br>")
                .replace(escaped, "<a href=\"" + escaped + "\">" + escaped + "</a>") + "</p>";
        return new BilingualBody(subject, text, html);
    }
}
