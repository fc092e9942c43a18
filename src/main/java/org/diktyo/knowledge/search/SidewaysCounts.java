package org.diktyo.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet counts of a search and the documents it shows (ADR 0030), from the documents its
 * text and the viewer's visibility match ({@code matched}) and the values ticked (any value of a
 * facet, every ticked facet). Counted "sideways", as Lucene's {@code DrillSideways} does: a facet
 * with values ticked is counted over the documents that every other ticked facet lets through
 * (its own ticks left out, so its other values stay countable); a facet without ticks over the
 * documents shown. Nothing ticked: one plain count over the matched documents.
 */
final class SidewaysCounts {

    /** The documents shown ({@code matched} and every ticked facet) and each facet's counts. */
    record Result(FixedBitSet shown, Map<String, List<SearchHits.FacetCount>> counts) {
    }

    private SidewaysCounts() {
    }

    static Result count(FacetTable table, FixedBitSet matched, Map<String, List<String>> ticks) {
        boolean[] ticked = new boolean[table.valueOf.length];
        int tickedFacets = 0;
        for (Map.Entry<String, List<String>> t : ticks.entrySet()) {
            int facet = Fields.FACETS.indexOf(t.getKey());
            List<String> values = t.getValue().stream().filter(v -> v != null && !v.isBlank()).toList();
            if (facet < 0 || values.isEmpty()) {
                continue;
            }
            tickedFacets |= 1 << facet;
            for (String v : values) {
                int code = table.code(t.getKey(), v);
                if (code >= 0) {
                    ticked[code] = true;
                }
            }
        }
        int[] counts = new int[table.valueOf.length];
        FixedBitSet shown = tickedFacets == 0 ? matched : new FixedBitSet(matched.length());
        BitSetIterator docs = new BitSetIterator(matched, 0);
        for (int doc = docs.nextDoc(); doc != BitSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            int from = table.start[doc];
            int to = table.start[doc + 1];
            int missed = tickedFacets;
            if (tickedFacets != 0) {
                for (int i = from; i < to; i++) {
                    int code = table.codes[i];
                    if (ticked[code]) {
                        missed &= ~(1 << table.facetOf[code]);
                    }
                }
            }
            if (missed == 0) {
                if (shown != matched) {
                    shown.set(doc);
                }
                for (int i = from; i < to; i++) {
                    counts[table.codes[i]]++;
                }
            } else if ((missed & (missed - 1)) == 0) {
                for (int i = from; i < to; i++) {
                    int code = table.codes[i];
                    if (1 << table.facetOf[code] == missed) {
                        counts[code]++;
                    }
                }
            }
        }
        return new Result(shown, ordered(table, counts));
    }

    /** Each facet's values counted at least once, most first, then by value (as Lucene orders them), at most 100. */
    private static Map<String, List<SearchHits.FacetCount>> ordered(FacetTable table, int[] counts) {
        Map<String, List<SearchHits.FacetCount>> out = new LinkedHashMap<>();
        List<List<SearchHits.FacetCount>> perFacet = new ArrayList<>();
        for (String facet : Fields.FACETS) {
            perFacet.add(new ArrayList<>());
        }
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                perFacet.get(table.facetOf[code]).add(new SearchHits.FacetCount(table.valueOf[code], counts[code]));
            }
        }
        Comparator<SearchHits.FacetCount> order = Comparator.comparingInt((SearchHits.FacetCount c) -> -c.count())
                .thenComparing(c -> new BytesRef(c.value()));
        for (int f = 0; f < Fields.FACETS.size(); f++) {
            List<SearchHits.FacetCount> values = perFacet.get(f);
            values.sort(order);
            out.put(Fields.FACETS.get(f), List.copyOf(values.subList(0, Math.min(values.size(), EntrySearch.MAX_FACET_VALUES))));
        }
        return out;
    }
}
