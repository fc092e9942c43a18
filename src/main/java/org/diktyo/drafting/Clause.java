package org.diktyo.drafting;

import org.diktyo.language.Bilingual;

/**
 * One clause of a text: its key stays the same across versions ({@code preamble},
 * {@code axis.labour-market}, {@code art.4.2}); its number is what a reader sees («Άρθρο 4»).
 * Heading and text are Greek (authoritative) and English; the text is CommonMark without HTML.
 */
public record Clause(String key, ClauseKind kind, Bilingual number, Bilingual heading, Bilingual text, String axisCode) {

    /** The revision of the clause: the hash of its Greek number, heading and text. English edits do not change it. */
    public String revision() {
        return TextHash.revision(this);
    }

    public Clause withContent(Bilingual newHeading, Bilingual newText) {
        return new Clause(key, kind, number, newHeading, newText, axisCode);
    }
}
