package org.diktyo.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * One reader's facet values and update times, read once from its doc values when the reader is
 * new (ADR 0030): every facet value of the index gets a number ({@code code}); each document has
 * the codes of its values ({@link #codes}/{@link #start}, in the reader's document order) and
 * its {@code updated} time. Counting facets over a set of documents is then a walk over arrays.
 */
final class FacetTable {

    final IndexReader reader;
    /** Per code: its facet (index in {@link Fields#FACETS}) and its value. */
    final int[] facetOf;
    final String[] valueOf;
    /** The codes of document {@code d}: {@code codes[start[d]]} to {@code codes[start[d + 1] - 1]}. */
    final int[] start;
    final int[] codes;
    final long[] updated;
    private final Map<String, Integer> codeOf;

    private FacetTable(IndexReader reader, List<String[]> values, Map<String, Integer> codeOf, int[] start, int[] codes,
            long[] updated) {
        this.reader = reader;
        this.facetOf = values.stream().mapToInt(v -> Fields.FACETS.indexOf(v[0])).toArray();
        this.valueOf = values.stream().map(v -> v[1]).toArray(String[]::new);
        this.codeOf = codeOf;
        this.start = start;
        this.codes = codes;
        this.updated = updated;
    }

    /** The code of a facet's value, or -1 when no document has it. */
    int code(String facet, String value) {
        return codeOf.getOrDefault(facet + FacetsConfig.DELIM_CHAR + value, -1);
    }

    static FacetTable of(IndexReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        List<String[]> values = new ArrayList<>();
        Map<String, Integer> codeOf = new HashMap<>();
        int[] start = new int[maxDoc + 1];
        int[] codes = new int[Math.max(16, maxDoc * 8)];
        long[] updated = new long[maxDoc];
        int n = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues facets = DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            NumericDocValues times = DocValues.getNumeric(leaf.reader(), Fields.UPDATED);
            int[] segmentCodes = new int[(int) facets.getValueCount()];
            for (int ord = 0; ord < segmentCodes.length; ord++) {
                segmentCodes[ord] = code(facets.lookupOrd(ord).utf8ToString(), values, codeOf);
            }
            int leafMax = leaf.reader().maxDoc();
            for (int doc = 0; doc < leafMax; doc++) {
                int global = leaf.docBase + doc;
                start[global] = n;
                if (facets.advanceExact(doc)) {
                    for (int i = 0; i < facets.docValueCount(); i++) {
                        int code = segmentCodes[(int) facets.nextOrd()];
                        if (code >= 0) {
                            codes = n == codes.length ? Arrays.copyOf(codes, n * 2) : codes;
                            codes[n++] = code;
                        }
                    }
                }
                updated[global] = times.advanceExact(doc) ? times.longValue() : 0;
            }
        }
        start[maxDoc] = n;
        return new FacetTable(reader, values, codeOf, start, Arrays.copyOf(codes, n), updated);
    }

    /** The code of a doc-values term ({@code facet}, separator, {@code value}); -1 for another kind of term. */
    private static int code(String term, List<String[]> values, Map<String, Integer> codeOf) {
        String[] path = FacetsConfig.stringToPath(term);
        if (path.length != 2 || !Fields.FACETS.contains(path[0])) {
            return -1;
        }
        return codeOf.computeIfAbsent(path[0] + FacetsConfig.DELIM_CHAR + path[1], k -> {
            values.add(path);
            return values.size() - 1;
        });
    }
}
