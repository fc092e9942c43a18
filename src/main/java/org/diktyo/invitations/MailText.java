package org.diktyo.invitations;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/** A mail's plain-text and HTML bodies, written side by side from the same paragraphs. */
final class MailText {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");

    MailText lang(String language) {
        html.append("<div lang=\"").append(language).append("\">");
        return this;
    }

    MailText endLang() {
        html.append("</div>");
        return this;
    }

    MailText heading(String s) {
        text.append(s).append("\n\n");
        html.append("<h2>").append(esc(s)).append("</h2>");
        return this;
    }

    MailText para(String s) {
        if (s == null || s.isBlank()) {
            return this;
        }
        text.append(s.strip()).append("\n\n");
        html.append("<p>").append(esc(s.strip()).replace("\n", "<br>")).append("</p>");
        return this;
    }

    /** Paragraphs separated by blank lines, as the secretariat typed them. */
    MailText paragraphs(String block) {
        for (String p : block.split("\\n\\s*\\n")) {
            para(p);
        }
        return this;
    }

    MailText list(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        html.append("<ul>");
        for (String item : items) {
            text.append("- ").append(item).append('\n');
            html.append("<li>").append(esc(item)).append("</li>");
        }
        text.append('\n');
        html.append("</ul>");
        return this;
    }

    MailText link(String label, String url) {
        text.append(label).append('\n').append(url).append("\n\n");
        html.append("<p>").append(esc(label)).append("<br><a href=\"").append(esc(url)).append("\">").append(esc(url))
                .append("</a></p>");
        return this;
    }

    MailText rule() {
        text.append("----------------------------------------\n\n");
        html.append("<hr>");
        return this;
    }

    String text() {
        return text.toString().strip() + "\n";
    }

    String html() {
        return html + "</body></html>";
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
