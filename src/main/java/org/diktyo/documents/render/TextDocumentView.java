package org.diktyo.documents.render;

import java.util.List;

import org.diktyo.documents.TextDocument;
import org.diktyo.language.GreekText;

/**
 * A {@link TextDocument} as its template shows it: the title and the section headings in
 * capitals without tonos, dialytika kept ({@link GreekText#upper}).
 *
 * @param title the title as given, for the PDF's metadata
 * @param titleLine the title as printed, in capitals
 */
public record TextDocumentView(String lang, String issuer, String title, String titleLine, String subtitle,
        List<String> notes, List<SectionView> sections, String footer, String css) {

    /** A section: its printed heading, empty for none, and its body as given. */
    public record SectionView(String heading, String bodyXhtml) {
    }

    public static TextDocumentView of(TextDocument document, String css) {
        Labels t = Labels.of(document.locale());
        List<SectionView> sections = document.sections().stream()
                .map(s -> new SectionView(heading(s), s.bodyXhtml())).toList();
        return new TextDocumentView(t.lang(), document.issuer(), document.title(), GreekText.upper(document.title()),
                document.subtitle(), document.notes(), sections, document.footer(), css);
    }

    /** {@code Άρθρο 1} and {@code Σκοπός} give {@code ΑΡΘΡΟ 1 — ΣΚΟΠΟΣ}. */
    static String heading(TextDocument.Section section) {
        String joined = section.number().isEmpty() ? section.heading()
                : section.heading().isEmpty() ? section.number() : section.number() + " — " + section.heading();
        return GreekText.upper(joined);
    }
}
