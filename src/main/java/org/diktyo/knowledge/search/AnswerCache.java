package org.diktyo.knowledge.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The last {@link #SIZE} answers, by what decides them: the query's words (after folding and stop
 * words, so «ΕΝΤΑΞΗ» and «ένταξη» share one), the ticked values, the viewer's visibility, the
 * language and the page (ADR 0030). Emptied whenever the index changed: an answer is kept only
 * under the index generation it was computed on.
 */
final class AnswerCache {

    static final int SIZE = 500;

    private final int size;
    private final Map<String, SearchHits> answers;
    private long generation = -1;

    AnswerCache(int size) {
        this.size = size;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SearchHits> eldest) {
                return size() > AnswerCache.this.size;
            }
        };
    }

    static String key(List<String> words, SearchRequest request) {
        Map<String, TreeSet<String>> ticked = new TreeMap<>();
        request.filters().forEach((facet, values) -> {
            if (Fields.FACETS.contains(facet) && values != null) {
                values.stream().filter(v -> v != null && !v.isBlank())
                        .forEach(v -> ticked.computeIfAbsent(facet, f -> new TreeSet<>()).add(v));
            }
        });
        SearchRequest.Visibility v = request.visibility();
        return String.join("\u0000", words) + "\u0001" + ticked + "\u0001" + v.everything() + "," + v.networkEntries() + ","
                + v.ownMunicipality() + "\u0001" + request.english() + "\u0001" + request.page() + "," + request.size();
    }

    synchronized SearchHits get(String key, long generation) {
        if (generation != this.generation) {
            answers.clear();
            this.generation = generation;
        }
        return answers.get(key);
    }

    synchronized void put(String key, long generation, SearchHits answer) {
        if (generation == this.generation && size > 0) {
            answers.put(key, answer);
        }
    }
}
