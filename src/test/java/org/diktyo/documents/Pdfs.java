package org.diktyo.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.diktyo.Tools;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What tests ask of a PDF: its text as poppler reads it, veraPDF's verdict, its fonts, its pages. */
public final class Pdfs {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfs() {
    }

    /** The text {@code scripts/letter-text.sh} reads from {@code pdf} with pdftotext, whitespace collapsed. */
    public static String text(byte[] pdf) {
        Tools.requirePdftotext();
        return Tools.withFile(pdf, ".pdf", file -> Tools.run(List.of("bash", "scripts/letter-text.sh", file.toString()))).strip();
    }

    /** pdftotext's text as laid out on the page: a table comes out row by row. */
    public static String layout(byte[] pdf) {
        Tools.requirePdftotext();
        return Tools.withFile(pdf, ".pdf", file -> Tools.run(List.of("bash", "scripts/letter-text.sh", file.toString(), "--layout")));
    }

    /** Whitespace collapsed to single spaces, as the comparison with the fixture needs. */
    public static String normalised(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    /** The rules of {@code flavour} that {@code pdf} breaks, as "clause-test: description" (empty: compliant). */
    public static List<String> veraPdfFailures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage());
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add("not compliant");
            }
            return failures.stream().distinct().toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every font of every page, as "name embedded?". */
    public static List<String> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
                }
            }
            return fonts.stream().distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's version and its XMP's PDF/A part and conformance, e.g. "3A". */
    public static String pdfaClaim(byte[] pdf) {
        String head = new String(pdf, StandardCharsets.ISO_8859_1);
        String part = between(head, "<pdfaid:part>", "</pdfaid:part>");
        String conformance = between(head, "<pdfaid:conformance>", "</pdfaid:conformance>");
        return part + conformance;
    }

    private static String between(String s, String a, String b) {
        int i = s.indexOf(a);
        int j = i < 0 ? -1 : s.indexOf(b, i);
        return i < 0 || j < 0 ? "" : s.substring(i + a.length(), j);
    }
}
