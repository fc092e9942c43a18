package org.diktyo.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A letter of invitation, ready to print: every sentence already written in the letter's
 * language. The renderer adds only the letter's own labels (salutation, "Attachments", the
 * reply box) from {@code i18n/documents_*}, and capitalises the heading without tonos.
 *
 * @param locale Greek ({@code el}) or English ({@code en})
 * @param letterhead the network's name and its partners, at the top of the page
 * @param dated the date of the letter, or {@code null} to leave it out
 * @param recipient the municipality and its mayor
 * @param heading the heading in ordinary case, one line per {@code \n}
 *        ({@code Πρόσκληση σε Συνάντηση Εργασίας\nτου Δικτύου Πόλεων για την Ένταξη});
 *        printed in capitals without tonos
 * @param paragraphs the body, placeholders already filled in
 * @param signatory who signs, under the body
 * @param attachments the names of the attached documents, listed after the signature
 * @param link the box after the signature: the personal link to reply by a deadline, or the
 *        page where a municipality asks to join; printed with its QR code
 * @param supporters the line naming the network's supporters, last on the page
 */
public record Letter(Locale locale, Letterhead letterhead, LocalDate dated, Recipient recipient, String heading,
        List<String> paragraphs, Signatory signatory, List<String> attachments, Link link, String supporters) {

    public Letter {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(link, "link");
        paragraphs = List.copyOf(paragraphs);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        supporters = supporters == null ? "" : supporters;
    }

    /** A letter of invitation: the box asks for a reply by {@code rsvpDeadline} at {@code rsvpUrl}. */
    public Letter(Locale locale, Letterhead letterhead, LocalDate dated, Recipient recipient, String heading,
            List<String> paragraphs, Signatory signatory, List<String> attachments, LocalDate rsvpDeadline,
            String rsvpUrl, String supporters) {
        this(locale, letterhead, dated, recipient, heading, paragraphs, signatory, attachments,
                Link.reply(rsvpDeadline, rsvpUrl), supporters);
    }

    /** The last day to reply ({@code null} for a letter that asks for no reply). */
    public LocalDate rsvpDeadline() {
        return link.deadline();
    }

    /** The link printed in the box, with its QR code. */
    public String rsvpUrl() {
        return link.url();
    }

    /** What the box after the signature asks the reader to do; the renderer words it. */
    public enum Purpose { REPLY, JOIN }

    /**
     * The box after the signature: its purpose, the last day (a reply's; none to join) and the
     * address, printed and as a QR code.
     */
    public record Link(Purpose purpose, LocalDate deadline, String url) {
        public Link {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(url, "url");
            if (purpose == Purpose.REPLY) {
                Objects.requireNonNull(deadline, "deadline");
            }
        }

        public static Link reply(LocalDate deadline, String url) {
            return new Link(Purpose.REPLY, deadline, url);
        }

        public static Link join(String url) {
            return new Link(Purpose.JOIN, null, url);
        }
    }

    /** For the salutation: {@code Αξιότιμε κύριε Δήμαρχε} / {@code Αξιότιμη κυρία Δήμαρχε}. */
    public enum Gender { FEMALE, MALE, UNSPECIFIED }

    /** The network's name and the names of the organisations that support it. */
    public record Letterhead(String networkName, List<String> partners) {
        public Letterhead {
            Objects.requireNonNull(networkName, "networkName");
            partners = partners == null ? List.of() : List.copyOf(partners);
        }
    }

    /**
     * @param municipality the official name, {@code Δήμος Λαρισαίων}
     * @param mayorTitle {@code Δήμαρχος Λαρισαίων}
     * @param mayorName the mayor's name as stored, never inflected
     * @param gender for the salutation
     */
    public record Recipient(String municipality, String mayorTitle, String mayorName, Gender gender) {
        public Recipient {
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(mayorTitle, "mayorTitle");
            Objects.requireNonNull(mayorName, "mayorName");
            gender = gender == null ? Gender.UNSPECIFIED : gender;
        }
    }

    /** {@code Ο Δήμαρχος Αθηναίων} over {@code Χάρης Δούκας}; the title may be empty. */
    public record Signatory(String title, String name) {
        public Signatory {
            title = title == null ? "" : title;
            Objects.requireNonNull(name, "name");
        }
    }
}
