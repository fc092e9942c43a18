package org.diktyo.knowledge.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A safety net for changes to the search (not a test): a fixed set of searches over the
 * benchmark's generated entries — every query, with nothing, one, several and multi-valued facet
 * values ticked, each visibility, Greek and English, three pages — written as text (total, hit ids
 * in order, snippets, every facet's counts), so that the files of two commits can be compared
 * with {@code diff}. Run by {@code JAVA_OPTS=-Ddump=FILE bench/knowledge.sh}.
 */
final class KnowledgeResultDump {

    private KnowledgeResultDump() {
    }

    static void write(EntrySearch search, Path file) throws IOException {
        List<Map<String, List<String>>> ticks = List.of(Map.of(), Map.of("kind", List.of("PRACTICE")),
                Map.of("kind", List.of("PRACTICE"), "theme", List.of("HOUSING")),
                Map.of("kind", List.of("CHALLENGE"), "funding", List.of("NSRF"), "region", List.of("attica")),
                Map.of("theme", List.of("HEALTH", "LANGUAGE"), "status", List.of("ONGOING")),
                Map.of("year", List.of("2020", "2021"), "targetGroup", List.of("WOMEN")),
                Map.of("municipality", List.of("m7", "m8", "m9")), Map.of("theme", List.of("NO_SUCH_THEME")),
                Map.of("unknownFacet", List.of("x"), "kind", List.of("", "PRACTICE")));
        List<SearchRequest.Visibility> visibilities = List.of(SearchRequest.Visibility.PUBLIC, SearchRequest.Visibility.ALL,
                new SearchRequest.Visibility(false, true, "m3"), new SearchRequest.Visibility(false, false, "m4"));
        List<String> queries = new java.util.ArrayList<>(List.of(KnowledgeBenchmark.QUERIES));
        queries.addAll(List.of("και το", "ΚΕΜ ΕΣΠΑ", "Ε" + "\u039d" + "TAΞH", "a*b \"AND\" \\"));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (String q : queries) {
                for (Map<String, List<String>> tick : ticks) {
                    for (int v = 0; v < visibilities.size(); v++) {
                        for (int page = 0; page < 3; page++) {
                            boolean english = (page + v) % 2 == 1;
                            SearchHits hits = search.search(new SearchRequest(q, tick, visibilities.get(v), english, page, 10));
                            out.printf("## q=«%s» ticked=%s visibility=%d english=%s page=%d%n", q, new java.util.TreeMap<>(tick),
                                    v, english, page);
                            out.printf("total %d onlyStopWords %s%n", hits.total(), hits.onlyStopWords());
                            hits.hits().forEach(h -> out.println("  " + h));
                            new LinkedHashMap<>(hits.facets()).forEach((facet, counts) -> out.println("  " + facet + " " + counts));
                        }
                    }
                }
            }
        }
    }
}
