package org.diktyo.mail;

import java.util.List;

/**
 * A message to send: one recipient (and optionally others in copy), a subject, a plain-text
 * and an HTML body, files attached, what it is for ({@code purpose}, e.g. {@code invitation})
 * and a reference to what caused it (e.g. an invitation's id), so that its sender can later
 * ask what became of it.
 */
public record OutgoingMail(String to, List<String> cc, String subject, String text, String html,
        List<Attachment> attachments, String purpose, String reference) {

    public OutgoingMail {
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A message with no copy and no attachment. */
    public OutgoingMail(String to, String subject, String text, String html, String purpose) {
        this(to, List.of(), subject, text, html, List.of(), purpose, null);
    }

    /** A file attached: its name as the recipient sees it, its MIME type, its bytes. */
    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
