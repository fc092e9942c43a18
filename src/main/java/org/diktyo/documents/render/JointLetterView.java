package org.diktyo.documents.render;

import java.util.List;

import org.diktyo.documents.JointLetter;
import org.diktyo.documents.Letter;
import org.diktyo.language.DatePhrases;
import org.diktyo.language.GreekText;

/**
 * A {@link JointLetter} as its template shows it: the labels in capitals from the documents'
 * bundle, the place and date without weekday, the section headings in capitals without tonos.
 */
public record JointLetterView(String lang, String title, String networkName, String partnersLabel, String partners,
        String dateLine, String protocolLine, String toLabel, List<String> to, String ccLabel, List<String> cc,
        String subjectLabel, String subject, List<String> notes, List<TextDocumentView.SectionView> sections,
        String signatoriesLabel, List<Letter.Signatory> signatories, String css) {

    public static JointLetterView of(JointLetter letter, String css) {
        Labels t = Labels.of(letter.locale());
        List<TextDocumentView.SectionView> sections = letter.sections().stream()
                .map(s -> new TextDocumentView.SectionView(TextDocumentView.heading(s), s.bodyXhtml())).toList();
        return new JointLetterView(t.lang(), letter.subject(), letter.letterhead().networkName(),
                t.t("documents.letter.partners"), String.join(" · ", letter.letterhead().partners()),
                letter.place() + ", " + DatePhrases.plain(letter.dated(), t.locale()),
                letter.protocolNo() == null ? "" : t.t("documents.joint.protocol", letter.protocolNo()),
                GreekText.upper(t.t("documents.joint.to")), letter.to(), GreekText.upper(t.t("documents.joint.cc")),
                letter.cc(), GreekText.upper(t.t("documents.joint.subject")), t.t("documents.joint.quoted", letter.subject()), letter.notes(), sections,
                letter.signatoriesLabel(), letter.signatories(), css);
    }
}
