package org.diktyo.drafting;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.diktyo.language.Bilingual;
import org.diktyo.language.Language;

/**
 * Benchmark (not a test): two versions of a text of 60 clauses of about 2,000 characters, every
 * clause changed in a few words, one clause moved, one added, one deleted; what the compare page
 * computes on the server: the diff ({@link TextDiff}) and every clause's text as HTML
 * ({@link ClauseMarkdown}). Run by {@code bench/compare.sh}; prints minimum, median, maximum ms.
 */
public final class CompareBenchmark {

    private static final String SENTENCE = "Οι δήμοι-μέλη του Δικτύου συνεργάζονται για την υποδοχή, τη στέγαση και "
            + "την ένταξη των προσφύγων και των μεταναστών, ανταλλάσσουν εμπειρίες και καλές πρακτικές. ";

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Clause> from = new ArrayList<>();
        List<Clause> to = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String text = SENTENCE.repeat(2_000 / SENTENCE.length() + 1).substring(0, 2_000);
            from.add(clause("art." + i, "Άρθρο " + i, text));
            String changed = text.replace("στέγαση", "στέγαση και την απασχόληση").replace("προσφύγων,", "προσφύγων");
            if (i != 30) {
                to.add(clause("art." + i, "Άρθρο " + i, i % 2 == 0 ? changed : text));
            }
        }
        to.add(5, to.remove(40));
        to.add(clause("art.new", "Άρθρο 61", SENTENCE));
        System.out.printf("60 clauses of 2,000 characters, %d cores, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long[] micros = new long[runs];
        int html = 0;
        for (int i = -warmUp; i < runs; i++) {
            long start = System.nanoTime();
            Diff diff = TextDiff.compare(from, to, Map.of(), Language.GREEK);
            for (Clause c : to) {
                html += ClauseMarkdown.html(c.text().el()).length();
            }
            html += diff.clauses().size();
            if (i >= 0) {
                micros[i] = (System.nanoTime() - start) / 1_000;
            }
        }
        Arrays.sort(micros);
        System.out.printf("compare (diff + HTML of every clause): min %.1f ms, median %.1f ms, max %.1f ms over %d runs (%d)%n",
                micros[0] / 1000.0, micros[runs / 2] / 1000.0, micros[runs - 1] / 1000.0, runs, html);
    }

    private static Clause clause(String key, String number, String text) {
        return new Clause(key, ClauseKind.ARTICLE, Bilingual.of(number, number), Bilingual.of("Τίτλος", "Title"),
                Bilingual.of(text, text), null);
    }
}
