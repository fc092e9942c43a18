package org.diktyo.mail;

/**
 * A message to send: one recipient, a subject, a plain-text and an HTML body, and the
 * language it is written in.
 */
public record OutgoingMail(String to, String subject, String text, String html, String purpose) {
}
