package org.diktyo.documents;

import org.diktyo.documents.render.JointLetterView;
import org.diktyo.documents.render.PdfEngine;
import org.diktyo.documents.render.Resources;
import org.diktyo.documents.render.Templates;

/**
 * Renders a {@link JointLetter} to a tagged PDF/A-3a on A4 with DejaVu Sans embedded, like the
 * other letters ({@link PdfEngine}): template {@code documents/jointLetter.jte}, style
 * {@code documents/joint.css}. No database, no network: safe to call from any thread.
 */
public final class JointLetterPdf {

    private static final String CSS = Resources.text("documents/joint.css");

    private JointLetterPdf() {
    }

    public static byte[] render(JointLetter letter) {
        return PdfEngine.render(xhtml(letter));
    }

    static String xhtml(JointLetter letter) {
        return Templates.render("documents/jointLetter.jte", JointLetterView.of(letter, CSS));
    }
}
