package org.diktyo.documents;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A long structured text ready to print: a memorandum, a position, any text made of numbered
 * clauses. Every word is the caller's, already in the document's language; the renderer
 * ({@link TextDocumentPdf}) adds only the layout, the page numbers and the capitals.
 *
 * @param locale Greek ({@code el}) or English ({@code en}): the language the PDF declares
 * @param issuer who issues the text, first on the page: {@code Δίκτυο Πόλεων για την Ένταξη}
 * @param title the title in ordinary case, printed in capitals without tonos
 * @param subtitle a line under the title, such as the version and its date, or {@code null}
 * @param notes short notes under the title, one paragraph each:
 *        {@code Σε περίπτωση απόκλισης υπερισχύει το ελληνικό κείμενο}
 * @param sections the clauses, in order
 * @param footer the text at the foot of every page, next to the page number; may be empty
 */
public record TextDocument(Locale locale, String issuer, String title, String subtitle, List<String> notes,
        List<Section> sections, String footer) {

    public TextDocument {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null || subtitle.isBlank() ? null : subtitle;
        notes = notes == null ? List.of() : List.copyOf(notes);
        sections = List.copyOf(sections);
        footer = footer == null ? "" : footer;
    }

    /**
     * One clause. Its heading is printed as {@code ΑΡΘΡΟ 1 — ΣΚΟΠΟΣ}: number and heading joined
     * by a dash, in capitals without tonos; either may be empty.
     *
     * @param number the clause's label and number in ordinary case: {@code Άρθρο 1}
     * @param heading the clause's heading in ordinary case: {@code Σκοπός}
     * @param bodyXhtml the clause's text as XHTML that is already safe and well formed,
     *        paragraphs and lists, such as Markdown rendered with every value escaped; written
     *        into the page as it is, never escaped again
     */
    public record Section(String number, String heading, String bodyXhtml) {
        public Section {
            number = number == null ? "" : number.strip();
            heading = heading == null ? "" : heading.strip();
            bodyXhtml = bodyXhtml == null ? "" : bodyXhtml;
        }
    }
}
