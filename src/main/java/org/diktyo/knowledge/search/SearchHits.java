package org.diktyo.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results: the total, the hits of the page (each with a snippet as safe HTML: the text
 * escaped, the matched words in {@code <mark>}), the facet counts, and whether the query was
 * only stop words (then nothing is found, and the page says why).
 */
public record SearchHits(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, boolean onlyStopWords) {

    public record Hit(String id, String slug, String kind, String owner, String state, String titleEl, String titleEn,
            String snippetHtml, List<String> themes, Integer year) {
    }

    public record FacetCount(String value, int count) {
    }
}
