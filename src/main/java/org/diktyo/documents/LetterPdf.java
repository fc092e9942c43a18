package org.diktyo.documents;

import java.io.OutputStream;
import java.util.List;

import org.diktyo.documents.render.LetterView;
import org.diktyo.documents.render.Parallel;
import org.diktyo.documents.render.PdfEngine;
import org.diktyo.documents.render.Resources;
import org.diktyo.documents.render.Templates;

/**
 * Renders {@link Letter}s: to a tagged PDF/A-3a on A4 with DejaVu Sans embedded
 * (template {@code documents/letter.jte}, style {@code documents/letter.css}), or to an HTML
 * fragment for a preview page ({@code documents/letterBody.jte}, the same markup). No
 * database, no network: safe to call from any thread, and {@link #renderAll} uses every core.
 */
public final class LetterPdf {

    private static final String CSS = Resources.text("documents/letter.css");

    private LetterPdf() {
    }

    /** The letter as PDF bytes. */
    public static byte[] render(Letter letter) {
        return PdfEngine.render(xhtml(letter));
    }

    public static void render(Letter letter, OutputStream out) {
        PdfEngine.render(xhtml(letter), out);
    }

    /** Many letters at once, one thread per core; the PDFs come back in the order of {@code letters}. */
    public static List<byte[]> renderAll(List<Letter> letters) {
        return Parallel.map(letters, LetterPdf::render);
    }

    /**
     * The letter as an HTML fragment ({@code <div class="dk-letter">…}) for a page to embed; the
     * page links {@code /css/letter.css} for its look. The QR code is a {@code data:} image.
     */
    public static String previewHtml(Letter letter) {
        return Templates.render("documents/letterBody.jte", LetterView.of(letter, ""));
    }

    static String xhtml(Letter letter) {
        return Templates.render("documents/letter.jte", LetterView.of(letter, CSS));
    }
}
