package org.diktyo.knowledge.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): 10,000 generated entries of Greek and English text (sentences of the
 * field shuffled with a fixed seed, and made-up words for a long tail of rare ones; themes, target
 * groups, funding, regions, statuses, years), the full rebuild of the index (what a start
 * with an index of an old schema does, the database read left out), then searches with facets
 * from one thread and from 32 threads at once, each search timed inside the server's search call
 * ({@link EntrySearch#search}: the query, sideways facet counts, snippets): the time waiting for a
 * turn ({@link SearchGate}), the time inside the search (the server time of issue 13's target,
 * a cached answer's whole time), their sum (wall) and the CPU time of the searching thread (what a
 * shared, loaded machine does not inflate). {@code -Dcache=0}: without the answer cache.
 * Run by {@code bench/knowledge.sh}; prints rebuild seconds and search p50/p95/p99.
 */
public final class KnowledgeBenchmark {

    static final String[] GREEK = {
        "Το Κέντρο Ένταξης Μεταναστών του δήμου εξυπηρετεί πολίτες τρίτων χωρών σε ένα σημείο.",
        "Μαθήματα ελληνικής γλώσσας για γονείς και παιδιά στα σχολεία της πόλης.",
        "Στέγαση ασυνόδευτων ανηλίκων σε διαμερίσματα ημιαυτόνομης διαβίωσης.",
        "Διαπολιτισμικοί μεσολαβητές υγείας συνοδεύουν ασθενείς στα κέντρα υγείας.",
        "Οδηγός καλών πρακτικών για την ένταξη των προσφύγων στην αγορά εργασίας.",
        "Καθυστερήσεις στην έκδοση αδειών διαμονής και νομιμοποιητικών εγγράφων.",
        "Ομάδες γυναικών προσφύγων και ντόπιων γυναικών με φύλαξη παιδιών.",
        "Το Συμβούλιο Ένταξης Μεταναστών εισηγείται στο δημοτικό συμβούλιο.",
        "Η χρηματοδότηση από το ΕΣΠΑ λήγει και το προσωπικό του ΚΕΜ απολύεται.",
        "Εθελοντές μέντορες στηρίζουν νέους πρόσφυγες στις σπουδές τους.",
        "Διερμηνεία σε αραβικά, φαρσί και ουρντού στις κοινωνικές υπηρεσίες.",
        "Ανοιχτά δεδομένα ένταξης σε πίνακα που ενημερώνεται κάθε μήνα.",
    };
    static final String[] ENGLISH = {
        "The migrant integration centre serves third-country nationals in one place.",
        "Greek lessons for parents and children in the city's schools.",
        "Housing unaccompanied minors in supported independent living flats.",
        "Intercultural health mediators accompany patients to health centres.",
        "A guide of good practices for refugees entering the labour market.",
    };
    static final String[] THEMES = {"EMPLOYMENT", "HOUSING", "EDUCATION", "HEALTH", "LANGUAGE", "INTERPRETING",
        "UNACCOMPANIED_MINORS", "WOMEN", "DOCUMENTS", "SOCIAL_COHESION", "PARTICIPATION", "KEM", "DATA", "CAPACITY"};
    static final String[] GROUPS = {"REFUGEES", "ASYLUM_SEEKERS", "MIGRANTS", "CHILDREN", "UNACCOMPANIED_MINORS", "WOMEN",
        "ROMA", "MUNICIPAL_STAFF", "LOCAL_COMMUNITY"};
    static final String[] FUNDING = {"MUNICIPAL_BUDGET", "NATIONAL", "EU_AMIF", "EU_ESF_PLUS", "NSRF", "UNHCR", "IOM",
        "OTHER_INTERNATIONAL", "PRIVATE_FOUNDATION", "OTHER"};
    static final String[] STATUSES = {"PLANNED", "ONGOING", "COMPLETED", "DISCONTINUED"};
    static final String[] REGIONS = {"attica", "central-macedonia", "thessaly", "crete", "epirus", "peloponnese",
        "south-aegean", "central-greece"};
    static final String[] QUERIES = {"ένταξη", "καλές πρακτικές", "ΚΕΜ", "ανηλικοι", "στέγαση", "entaxi", "γλώσσα",
        "υγεία μεσολαβητές", "ΕΣΠΑ", "άδειες διαμονής", "housing", "labour market", "γυναίκες", "διερμηνεία", "", "ΣΕΜ",
        "μέντορες πρόσφυγες", "ανοιχτά δεδομένα", "stegasi", "σχολεία"};

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int perClient = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        System.out.printf("%d entries, %d clients x %d searches, %d cores, load average %.2f%n", entries, clients, perClient,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<IndexedEntry> all = generate(entries, new Random(13));
        Path dir = Files.createTempDirectory("diktyo-knowledge-bench");
        try (KnowledgeIndex index = new KnowledgeIndex(dir.resolve("index"))) {
            for (int round = 1; round <= 3; round++) {
                long start = System.nanoTime();
                index.rebuild(all, round);
                System.out.printf("rebuild %d: %.2f s (%d documents)%n", round, (System.nanoTime() - start) / 1e9, index.size());
                if (System.getProperty("dump") != null) {
                    KnowledgeResultDump.write(new EntrySearch(index), Path.of(System.getProperty("dump")));
                    return;
                }
            }
            EntrySearch search = new EntrySearch(index, Integer.getInteger("cache", AnswerCache.SIZE));
            run(search, clients, Math.max(20, perClient / 4), 99); // warm-up
            for (int c : new int[] {1, clients}) {
                long start = System.nanoTime();
                long[][] timed = run(search, c, c == 1 ? perClient * 2 : perClient, 7);
                double seconds = (System.nanoTime() - start) / 1e9;
                long cached = timed[4][0];
                for (int i = 0; i < 4; i++) {
                    Arrays.sort(timed[i]);
                }
                System.out.printf("search with facets, %d clients: %d searches in %.1f s (%.0f/s), %d answered from the cache%n"
                        + "  in the search (server time): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n"
                        + "  waiting for a turn: p50 %.1f ms, p95 %.1f ms; wall (wait + search): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n"
                        + "  CPU of the searching thread: p50 %.1f ms, p95 %.1f ms%n", c, timed[0].length, seconds,
                        timed[0].length / seconds, cached, at(timed[2], 0.50), at(timed[2], 0.95), at(timed[2], 0.99),
                        at(timed[1], 0.50), at(timed[1], 0.95), at(timed[0], 0.50), at(timed[0], 0.95), at(timed[0], 0.99),
                        at(timed[3], 0.50), at(timed[3], 0.95));
            }
            System.out.printf("load average after: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Microseconds of every search: {@code [0]} wall, {@code [1]} waiting, {@code [2]} inside, {@code [3]} CPU; {@code [4][0]} cached. */
    private static long[][] run(EntrySearch search, int clients, int perClient, long seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try {
            List<Future<long[][]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(seed * 1000 + c);
                futures.add(pool.submit(() -> {
                    long[][] times = new long[5][perClient];
                    for (int i = 0; i < perClient; i++) {
                        SearchRequest request = request(random);
                        SearchGate.Timing timing = new SearchGate.Timing();
                        long cpu = threads.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        search.search(request, timing);
                        times[0][i] = (System.nanoTime() - start) / 1_000;
                        times[1][i] = timing.waitNanos / 1_000;
                        times[2][i] = timing.cached ? times[0][i] : timing.searchNanos / 1_000;
                        times[3][i] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000;
                        times[4][0] += timing.cached ? 1 : 0;
                    }
                    return times;
                }));
            }
            long[][] all = new long[5][clients * perClient];
            for (int c = 0; c < clients; c++) {
                long[][] one = futures.get(c).get();
                for (int k = 0; k < 4; k++) {
                    System.arraycopy(one[k], 0, all[k], c * perClient, perClient);
                }
                all[4][0] += one[4][0];
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    private static SearchRequest request(Random random) {
        String q = QUERIES[random.nextInt(QUERIES.length)];
        Map<String, List<String>> filters = switch (random.nextInt(4)) {
            case 0 -> Map.of("kind", List.of("PRACTICE"));
            case 1 -> Map.of("kind", List.of("PRACTICE"), "theme", List.of(pick(random, THEMES)));
            case 2 -> Map.of("kind", List.of("CHALLENGE"), "funding", List.of(pick(random, FUNDING)),
                    "region", List.of(pick(random, REGIONS)));
            default -> Map.of("theme", List.of(pick(random, THEMES), pick(random, THEMES)),
                    "status", List.of(pick(random, STATUSES)));
        };
        SearchRequest.Visibility visibility = random.nextBoolean() ? SearchRequest.Visibility.PUBLIC
                : new SearchRequest.Visibility(false, true, "m" + random.nextInt(60));
        return new SearchRequest(q, filters, visibility, random.nextInt(5) == 0, random.nextInt(3), 10);
    }

    static List<IndexedEntry> generate(int n, Random random) {
        List<IndexedEntry> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String title = GREEK[random.nextInt(GREEK.length)].replace(".", "") + " " + i;
            String summary = GREEK[random.nextInt(GREEK.length)] + " " + GREEK[random.nextInt(GREEK.length)];
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                body.append(GREEK[random.nextInt(GREEK.length)]).append(' ');
                for (int w = 0; w < 40; w++) {
                    body.append(word(random)).append(w % 12 == 11 ? ". " : " ");
                }
                body.append("\n\n");
            }
            String english = ENGLISH[random.nextInt(ENGLISH.length)];
            int year = 2018 + random.nextInt(8);
            all.add(new IndexedEntry("e" + i, "entry-" + i, random.nextInt(3) == 0 ? "CHALLENGE" : "PRACTICE",
                    "m" + random.nextInt(60), random.nextInt(10) == 0 ? "DRAFT" : "PUBLISHED",
                    random.nextInt(5) == 0 ? "NETWORK" : "PUBLIC", title, english, summary, english, body.toString(),
                    english + " " + english, List.of(pick(random, THEMES), pick(random, THEMES)), List.of(pick(random, GROUPS)),
                    year, year * 1000L + i, pick(random, STATUSES), pick(random, REGIONS),
                    List.of(pick(random, FUNDING)), GREEK[random.nextInt(GREEK.length)], english));
        }
        return all;
    }

    static final String[] SYLLABLES = {"κα", "λο", "πε", "τρι", "μα", "νο", "στε", "γα", "δη", "μο", "ρι", "σκο", "λει",
        "του", "νη", "φα", "χω", "ψη", "ζα", "θε", "βι", "ξε", "κρα", "πλη"};

    /** A made-up word of two to four syllables, the common ones more often (a long tail, as real text has). */
    static String word(Random random) {
        int syllables = 2 + random.nextInt(3);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            int k = (int) Math.min(SYLLABLES.length - 1, Math.abs(random.nextGaussian()) * SYLLABLES.length / 2.5);
            w.append(SYLLABLES[k]);
        }
        return w.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
    }
}
