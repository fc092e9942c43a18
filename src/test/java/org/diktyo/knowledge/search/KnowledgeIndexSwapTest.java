package org.diktyo.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full rebuild goes into a new folder while searches go on in the old one (ADR 0030): every
 * search made during the rebuild answers from one whole index, the new one is used once the
 * rebuild returns, the old folder is gone, and a restart opens the new one without rebuilding.
 */
class KnowledgeIndexSwapTest {

    @TempDir
    Path dir;

    @Test
    void searchesGoOnDuringARebuildAndTheNewIndexIsUsedAfter() throws Exception {
        List<IndexedEntry> before = KnowledgeBenchmark.generate(3000, new Random(1));
        List<IndexedEntry> after = new ArrayList<>(KnowledgeBenchmark.generate(3000, new Random(2)));
        after.add(new IndexedEntry("gardens", "gardens", "PRACTICE", "m1", "PUBLISHED", "PUBLIC", "Κοινόχρηστοι λαχανόκηποι",
                "Shared gardens", "Λαχανόκηποι σε δημοτικά οικόπεδα.", "Gardens.", "", "", List.of("SOCIAL_COHESION"),
                List.of("REFUGEES"), 2024, 1L, "ONGOING", null, List.of(), "", ""));
        try (KnowledgeIndex index = new KnowledgeIndex(dir)) {
            index.rebuild(before, 1);
            Path first = dir.resolve(Files.readString(dir.resolve(IndexFolders.POINTER), StandardCharsets.UTF_8));
            EntrySearch search = new EntrySearch(index);
            long oldTotal = total(search, "ένταξη");
            assertThat(oldTotal).isPositive();
            long newTotal;
            CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> index.rebuild(after, 2));
            List<Long> during = new ArrayList<>();
            while (!rebuild.isDone()) {
                during.add(total(search, "ένταξη"));
            }
            rebuild.join();
            newTotal = total(search, "ένταξη");
            assertThat(during).as("searches answered while the rebuild ran").isNotEmpty().allMatch(t -> t == oldTotal || t == newTotal);
            assertThat(during.get(0)).isEqualTo(oldTotal);
            assertThat(ids(search, "λαχανοκηποι")).as("the new index in use").containsExactly("gardens");
            assertThat(index.size()).isEqualTo(3001);
            assertThat(first).as("the old folder deleted").doesNotExist();
        }
        try (KnowledgeIndex again = new KnowledgeIndex(dir)) {
            assertThat(again.current()).isTrue();
            assertThat(again.lastSeq()).isEqualTo(2);
            assertThat(again.size()).isEqualTo(3001);
            try (var folders = Files.list(dir)) {
                assertThat(folders.filter(Files::isDirectory).count()).as("one folder left").isOne();
            }
        }
    }

    private static long total(EntrySearch search, String q) {
        return search.search(request(q)).total();
    }

    private static List<String> ids(EntrySearch search, String q) {
        return search.search(request(q)).hits().stream().map(SearchHits.Hit::id).toList();
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, Map.of(), SearchRequest.Visibility.ALL, false, 0, 10);
    }
}
