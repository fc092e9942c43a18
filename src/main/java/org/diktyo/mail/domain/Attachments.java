package org.diktyo.mail.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.internet.ParseException;

/** The MIME type an attachment is sent with. */
public final class Attachments {

    private static final Pattern METHOD = Pattern.compile("(?m)^METHOD:([A-Za-z-]+)\\r?$");

    private Attachments() {
    }

    /**
     * The caller's type, parsed and completed: unreadable becomes {@code application/octet-stream};
     * text gets {@code charset=UTF-8} unless it names its own; a calendar ({@code text/calendar})
     * gets the {@code method} its file declares ({@code METHOD:REQUEST} → {@code method=REQUEST},
     * RFC 6047), which mail programs need to show it as an invitation.
     */
    public static String contentType(String given, byte[] content) {
        ContentType type;
        try {
            type = new ContentType(given == null || given.isBlank() ? "application/octet-stream" : given);
        } catch (ParseException e) {
            return "application/octet-stream";
        }
        ParameterList parameters = new ParameterList();
        if (type.match("text/calendar")) {
            String method = type.getParameter("method");
            if (method == null) {
                Matcher declared = METHOD.matcher(
                        new String(content, 0, Math.min(content.length, 65536), StandardCharsets.UTF_8));
                method = declared.find() ? declared.group(1).toUpperCase(Locale.ROOT) : null;
            }
            if (method != null) {
                parameters.set("method", method);
            }
        }
        if ("text".equalsIgnoreCase(type.getPrimaryType())) {
            parameters.set("charset", type.getParameter("charset") == null ? "UTF-8" : type.getParameter("charset"));
        }
        ParameterList others = type.getParameterList();
        if (others != null) {
            for (var names = others.getNames(); names.hasMoreElements();) {
                String name = names.nextElement();
                if (parameters.get(name) == null) {
                    parameters.set(name, others.get(name));
                }
            }
        }
        type = new ContentType(type.getPrimaryType().toLowerCase(Locale.ROOT), type.getSubType().toLowerCase(Locale.ROOT),
                parameters);
        String value = type.toString().replaceAll("\\s*\\r?\\n\\s*", " ");
        return value.length() > 255 ? type.getBaseType() : value;
    }
}
