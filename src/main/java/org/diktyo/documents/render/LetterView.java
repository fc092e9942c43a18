package org.diktyo.documents.render;

import java.util.List;

import org.diktyo.documents.Letter;
import org.diktyo.language.DatePhrases;
import org.diktyo.language.GreekText;

/** A {@link Letter} as its template shows it: every string written out, in the letter's language. */
public record LetterView(String lang, String title, String networkName, String partnersLabel, String partners,
        String dateLine, String toLabel, List<String> recipientLines, List<String> headingLines, String salutation,
        List<String> paragraphs, String signatoryTitle, String signatoryName, String attachmentsLabel,
        List<String> attachments, String rsvpTitle, String rsvpText, String rsvpUrl, String qrCode, String qrAlt,
        String supporters, String css) {

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
                heading, salutation, letter.paragraphs(), letter.signatory().title(), letter.signatory().name(),
                t.t("documents.letter.attachments"), letter.attachments(), t.t("documents.letter.rsvp.title"),
                t.t("documents.letter.rsvp.text", DatePhrases.afterPreposition(letter.rsvpDeadline(), t.locale())),
                letter.rsvpUrl(), QrCodes.dataUri(letter.rsvpUrl()), t.t("documents.letter.rsvp.qr"),
                letter.supporters(), css);
    }
}
