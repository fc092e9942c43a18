package org.diktyo.documents;

import java.io.OutputStream;

import org.diktyo.documents.render.PdfEngine;
import org.diktyo.documents.render.Resources;
import org.diktyo.documents.render.Templates;
import org.diktyo.documents.render.TextDocumentView;

/**
 * Renders a {@link TextDocument} to a tagged PDF/A-3a on A4 with DejaVu Sans embedded, like the
 * letters ({@link PdfEngine}): template {@code documents/textDocument.jte}, style
 * {@code documents/text.css}, the footer text and the page number as {@code n/N} at the foot of
 * every page. No database, no network: safe to call from any thread.
 */
public final class TextDocumentPdf {

    private static final String CSS = Resources.text("documents/text.css");

    private TextDocumentPdf() {
    }

    /** The document as PDF bytes. */
    public static byte[] render(TextDocument document) {
        return PdfEngine.render(xhtml(document));
    }

    public static void render(TextDocument document, OutputStream out) {
        PdfEngine.render(xhtml(document), out);
    }

    static String xhtml(TextDocument document) {
        return Templates.render("documents/textDocument.jte", TextDocumentView.of(document, CSS));
    }
}
