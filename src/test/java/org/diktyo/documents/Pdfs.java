package org.diktyo.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
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

    /** The text {@code pdftotext} (poppler-utils) reads from {@code pdf}, as the README's script does. */
    public static String text(byte[] pdf) {
        try {
            Path file = Files.createTempFile("diktyo-", ".pdf");
            try {
                Files.write(file, pdf);
                Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                        .redirectErrorStream(true).start();
                byte[] out = process.getInputStream().readAllBytes();
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("pdftotext failed: " + new String(out, StandardCharsets.UTF_8));
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
