package org.diktyo.documents;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Benchmark (not a test): one long Greek text, 60 sections of about 2,000 characters each,
 * rendered to PDF/A by {@link TextDocumentPdf} on one thread, again and again. Run by
 * {@code bench/textdoc.sh}; prints the minimum, median and maximum time of the timed renders
 * after a warm-up, and the pages of the PDF. {@code -Dtextdoc.sample=x.pdf} keeps one to look at.
 */
public final class TextDocumentBenchmark {

    private static final String SENTENCE = "Οι δήμοι-μέλη του Δικτύου συνεργάζονται για την υποδοχή, τη στέγαση και "
            + "την ένταξη των προσφύγων και των μεταναστών, ανταλλάσσουν εμπειρίες και καλές πρακτικές, "
            + "και συντονίζουν τις δράσεις τους με τις υπηρεσίες της Πολιτείας από τις 15 Μαΐου. ";

    public static void main(String[] args) throws Exception {
        int renders = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        TextDocument document = document(60, 2_000);
        System.out.printf("60 sections, %d characters of text, %d cores, load average %.2f%n",
                document.sections().stream().mapToInt(s -> s.bodyXhtml().length()).sum(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        byte[] pdf = null;
        for (int i = 0; i < warmUp; i++) {
            pdf = TextDocumentPdf.render(document);
        }
        String sample = System.getProperty("textdoc.sample");
        if (sample != null && pdf != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(sample), pdf);
        }
        long[] millis = new long[renders];
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < renders; i++) {
            long start = System.nanoTime();
            pdf = TextDocumentPdf.render(document);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            try (PDDocument parsed = Loader.loadPDF(pdf)) {
                pages.add(parsed.getNumberOfPages());
            }
        }
        Arrays.sort(millis);
        System.out.printf("%d renders after %d warm-up: min %d ms, median %d ms, max %d ms; %d pages, %d KB%n", renders, warmUp,
                millis[0], millis[renders / 2], millis[renders - 1], pages.get(0), pdf.length / 1024);
    }

    static TextDocument document(int sections, int characters) {
        int repeat = Math.max(1, characters / SENTENCE.length());
        List<TextDocument.Section> list = IntStream.rangeClosed(1, sections).mapToObj(i -> new TextDocument.Section(
                "Άρθρο " + i, "Υποχρεώσεις των μελών, μέρος " + i,
                "<p>" + SENTENCE.repeat(repeat / 2) + "</p><ul><li>πρώτη υποχρέωση</li><li>δεύτερη υποχρέωση</li></ul><p>"
                        + SENTENCE.repeat(repeat - repeat / 2) + "</p>")).toList();
        return new TextDocument(Locale.forLanguageTag("el"), "Δίκτυο Πόλεων για την Ένταξη", "Μνημόνιο Συνεργασίας",
                "Έκδοση 3", List.of("Σε περίπτωση απόκλισης υπερισχύει το ελληνικό κείμενο."), list,
                "Μνημόνιο Συνεργασίας · έκδοση 3");
    }
}
