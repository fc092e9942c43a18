package org.diktyo.documents.render;

import java.util.List;

import org.diktyo.documents.Letter;
import org.diktyo.language.DatePhrases;
import org.diktyo.language.GreekText;

/** A {@link Letter} as its template shows it: every string written out, in the letter's language. */
public record LetterView(String lang, String title, String networkName, String partnersLabel, String partners,
        String dateLine, String toLabel, List<String> recipientLines, List<String> headingLines, String salutation,
        List<List<Segment>> paragraphs, String signatoryTitle, String signatoryName, String attachmentsLabel,
        List<String> attachments, String rsvpTitle, String rsvpText, String rsvpUrl, String qrCode, String qrAlt,
        String supporters, String css) {

    /** A run of a paragraph; {@code keep}: never broken across lines. */
    public record Segment(String text, boolean keep) {
    }

    /**
     * Times ({@code 20:00}) and hyphenated words ({@code δήμων-μελών}) are kept on one line: a
     * line broken inside them reads back from the PDF as {@code 20: 00}, or with the hyphen
     * taken for a break and dropped ({@code συνδιαμορφώσουμε}).
     */
    static final java.util.regex.Pattern UNBREAKABLE = java.util.regex.Pattern.compile("\\d{1,2}:\\d{2}|[^\\s]*[^\\s–—]-[^\\s]+");

    static List<Segment> segments(String paragraph) {
        List<Segment> segments = new java.util.ArrayList<>();
        java.util.regex.Matcher m = UNBREAKABLE.matcher(paragraph);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                segments.add(new Segment(paragraph.substring(at, m.start()), false));
            }
            segments.add(new Segment(m.group(), true));
            at = m.end();
        }
        if (at < paragraph.length()) {
            segments.add(new Segment(paragraph.substring(at), false));
        }
        return segments;
    }

    public static LetterView of(Letter letter, String css) {
        Labels t = Labels.of(letter.locale());
        Letter.Recipient to = letter.recipient();
        List<String> heading = letter.heading().lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(GreekText::upper).toList();
        String salutation = t.t("documents.letter.salutation." + to.gender().name().toLowerCase());
        return new LetterView(t.lang(), String.join(" ", heading), letter.letterhead().networkName(),
                t.t("documents.letter.partners"), String.join(" · ", letter.letterhead().partners()),
                letter.dated() == null ? "" : DatePhrases.date(letter.dated(), t.locale()),
                t.t("documents.letter.to"), List.of(to.mayorTitle(), t.t("documents.letter.honorific", to.mayorName()),
                        to.municipality()),
                heading, salutation, letter.paragraphs().stream().map(LetterView::segments).toList(), letter.signatory().title(), letter.signatory().name(),
                t.t("documents.letter.attachments"), letter.attachments(), t.t("documents.letter.rsvp.title"),
                t.t("documents.letter.rsvp.text", DatePhrases.afterPreposition(letter.rsvpDeadline(), t.locale())),
                letter.rsvpUrl(), QrCodes.dataUri(letter.rsvpUrl()), t.t("documents.letter.rsvp.qr"),
                letter.supporters(), css);
    }
}
