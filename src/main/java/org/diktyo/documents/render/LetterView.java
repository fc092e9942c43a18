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
     * Words with a time ({@code 20:00,}) or a hyphen ({@code δήμων-μελών}) are kept on one line,
     * whole with their punctuation: a line broken inside them reads back from the PDF as
     * {@code 20: 00}, or with the hyphen taken for a break and dropped
     * ({@code συνδιαμορφώσουμε}); one broken between a time and its comma reads back as
     * {@code 20:00 ,}.
     *
     * <p>Found by a scan, word by word (an expression backtracking over every word cost a few
     * per cent of a letter's rendering).
     */
    static List<Segment> segments(String paragraph) {
        List<Segment> segments = new java.util.ArrayList<>();
        int at = 0;
        int i = 0;
        int n = paragraph.length();
        while (i < n) {
            if (space(paragraph.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !space(paragraph.charAt(end))) {
                end++;
            }
            if (unbreakable(paragraph, i, end)) {
                if (i > at) {
                    segments.add(new Segment(paragraph.substring(at, i), false));
                }
                segments.add(new Segment(paragraph.substring(i, end), true));
                at = end;
            }
            i = end;
        }
        if (at < n) {
            segments.add(new Segment(paragraph.substring(at), false));
        }
        return segments;
    }

    /**
     * Whether the word of {@code s} from {@code from} up to (not including) {@code to} holds a time
     * ({@code 9:30}) or a hyphen with a character other than a dash before it and something after it.
     * (No unbalanced bracket in these comments: Spring Modulith's documentation reader then fails.)
     */
    private static boolean unbreakable(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == ':' && k > from && digit(s, k - 1) && k + 2 < to && digit(s, k + 1) && digit(s, k + 2)) {
                return true;
            }
            if (c == '-' && k > from && k + 1 < to && s.charAt(k - 1) != '–' && s.charAt(k - 1) != '—') {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** White space as {@code \s} means it: ASCII only (a no-break space is part of a word). */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    public static LetterView of(Letter letter, String css) {
        Labels t = Labels.of(letter.locale());
        Letter.Recipient to = letter.recipient();
        List<String> heading = letter.heading().lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(GreekText::upper).toList();
        String salutation = t.t("documents.letter.salutation." + to.gender().name().toLowerCase());
        boolean join = letter.link().purpose() == Letter.Purpose.JOIN;
        return new LetterView(t.lang(), String.join(" ", heading), letter.letterhead().networkName(),
                t.t("documents.letter.partners"), String.join(" · ", letter.letterhead().partners()),
                letter.dated() == null ? "" : DatePhrases.date(letter.dated(), t.locale()),
                t.t("documents.letter.to"), List.of(to.mayorTitle(), t.t("documents.letter.honorific", to.mayorName()),
                        to.municipality()),
                heading, salutation, letter.paragraphs().stream().map(LetterView::segments).toList(), letter.signatory().title(), letter.signatory().name(),
                t.t("documents.letter.attachments"), letter.attachments(), 
                join ? t.t("documents.letter.join.title") : t.t("documents.letter.rsvp.title"),
                join ? t.t("documents.letter.join.text")
                        : t.t("documents.letter.rsvp.text", DatePhrases.afterPreposition(letter.rsvpDeadline(), t.locale())),
                letter.rsvpUrl(), QrCodes.dataUri(letter.rsvpUrl()),
                join ? t.t("documents.letter.join.qr") : t.t("documents.letter.rsvp.qr"),
                letter.supporters(), css);
    }
}
