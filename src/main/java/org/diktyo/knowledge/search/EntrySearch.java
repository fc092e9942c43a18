package org.diktyo.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the index: the typed text as {@link EntryQuery} builds it, the viewer's visibility as
 * filter clauses inside the query (never a filter afterwards: paging and counts follow it), the
 * ticked facet values as a drill-down whose sideways counts keep the other values of a facet
 * countable, and a snippet of the summary with the matched words marked (accents kept).
 */
public class EntrySearch {

    static final int MAX_FACET_VALUES = 100;

    private final KnowledgeIndex index;
    private final Synonyms synonyms;
    private final UnifiedHighlighter highlighter;
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState state;

    public EntrySearch(KnowledgeIndex index) {
        this.index = index;
        this.synonyms = Synonyms.load("knowledge/synonyms-el.txt");
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(index.analyzer).withHandleMultiTermQuery(true)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)).withMaxNoHighlightPassages(1)
                .build();
    }

    public SearchHits search(SearchRequest request) {
        EntryQuery.Built built = EntryQuery.build(request.text(), synonyms);
        if (built.onlyStopWords()) {
            return new SearchHits(0, List.of(), Map.of(), true);
        }
        try {
            IndexSearcher searcher = index.searchers.acquire();
            try {
                return search(searcher, built, request);
            } finally {
                index.searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchHits search(IndexSearcher searcher, EntryQuery.Built built, SearchRequest request) throws IOException {
        if (searcher.getIndexReader().numDocs() == 0) {
            return new SearchHits(0, List.of(), Map.of(), false);
        }
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(built.query(), Occur.MUST);
        Query visible = visibility(request.visibility());
        if (visible != null) {
            base.add(visible, Occur.FILTER);
        }
        DrillDownQuery drill = new DrillDownQuery(index.facets, base.build());
        request.filters().forEach((facet, values) -> {
            if (Fields.FACETS.contains(facet)) {
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> drill.add(facet, v));
            }
        });
        int wanted = (request.page() + 1) * request.size();
        boolean browse = built.words().isEmpty();
        Sort sort = browse ? new Sort(new SortField(Fields.UPDATED, SortField.Type.LONG, true)) : null;
        DrillSideways sideways = new DrillSideways(searcher, index.facets, state(searcher));
        DrillSideways.DrillSidewaysResult result = sort == null ? sideways.search(drill, wanted)
                : sideways.search(drill, null, null, wanted, sort, false);
        List<SearchHits.Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = result.hits.scoreDocs;
        for (int i = request.page() * request.size(); i < docs.length; i++) {
            hits.add(hit(searcher.storedFields().document(docs[i].doc), built, request.english()));
        }
        Map<String, List<SearchHits.FacetCount>> counts = new LinkedHashMap<>();
        for (String facet : Fields.FACETS) {
            counts.put(facet, counts(result, facet));
        }
        return new SearchHits(result.hits.totalHits.value, hits, counts, false);
    }

    private static List<SearchHits.FacetCount> counts(DrillSideways.DrillSidewaysResult result, String facet) {
        try {
            FacetResult r = result.facets.getTopChildren(MAX_FACET_VALUES, facet);
            if (r == null) {
                return List.of();
            }
            List<SearchHits.FacetCount> out = new ArrayList<>();
            for (LabelAndValue lv : r.labelValues) {
                out.add(new SearchHits.FacetCount(lv.label, lv.value.intValue()));
            }
            return out;
        } catch (IllegalArgumentException | IOException notIndexedYet) {
            return List.of();
        }
    }

    /** The viewer's visibility as a filter; {@code null} for everything. */
    static Query visibility(SearchRequest.Visibility v) {
        if (v.everything()) {
            return null;
        }
        BooleanQuery.Builder published = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.STATE, "PUBLISHED")), Occur.FILTER);
        if (!v.networkEntries()) {
            published.add(new TermQuery(new Term(Fields.VISIBILITY, "PUBLIC")), Occur.FILTER);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(published.build(), Occur.SHOULD);
        if (v.ownMunicipality() != null) {
            any.add(new TermQuery(new Term(Fields.OWNER, v.ownMunicipality())), Occur.SHOULD);
        }
        return any.build();
    }

    private SearchHits.Hit hit(Document d, EntryQuery.Built built, boolean english) throws IOException {
        String summaryEl = d.get(Fields.SUMMARY_EL);
        String summaryEn = d.get(Fields.SUMMARY_EN);
        boolean englishText = english && summaryEn != null && !summaryEn.isBlank();
        String snippet = null;
        if (!built.words().isEmpty()) {
            snippet = englishText ? highlight(Fields.SUMMARY_EN, built.query(), summaryEn)
                    : highlight(Fields.SUMMARY_EL, built.query(), summaryEl);
            if (snippet == null || !snippet.contains("<mark>")) {
                String folded = englishText ? null : highlight(Fields.SUMMARY_F, built.query(), summaryEl);
                snippet = folded != null && folded.contains("<mark>") ? folded : snippet;
            }
        }
        if (snippet == null) {
            snippet = HtmlUtils.htmlEscape(englishText ? summaryEn : summaryEl);
        }
        String year = d.get(Fields.FACET_YEAR);
        return new SearchHits.Hit(d.get(Fields.ID), d.get(Fields.SLUG), d.get(Fields.KIND), d.get(Fields.OWNER),
                d.get(Fields.STATE), d.get(Fields.TITLE_EL), d.get(Fields.TITLE_EN), snippet,
                EntryDocuments.stored(d, Fields.FACET_THEME), year == null ? null : Integer.valueOf(year));
    }

    private String highlight(String field, Query query, String text) throws IOException {
        if (text == null || text.isBlank()) {
            return null;
        }
        Object out = highlighter.highlightWithoutSearcher(field, query, text, 2);
        return out == null ? null : out.toString();
    }

    /** The facets' ordinals of the searcher's reader, made again when the reader changed. */
    private synchronized SortedSetDocValuesReaderState state(IndexSearcher searcher) throws IOException {
        if (state == null || stateReader != searcher.getIndexReader()) {
            stateReader = searcher.getIndexReader();
            state = new DefaultSortedSetDocValuesReaderState(stateReader, index.facets);
        }
        return state;
    }

    /**
     * Published entries whose Greek title shares most of its stems with {@code titleEl} (at least
     * 60 % of them, every stem counted once), best first, {@code except} left out: the review
     * queue's hint of a possible duplicate, flagged, never blocking.
     */
    public List<SearchHits.Hit> similar(String except, String titleEl, int max) {
        List<String> stems = new ArrayList<>();
        try (var tokens = index.analyzer.tokenStream(Fields.TITLE_EL, titleEl == null ? "" : titleEl)) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!stems.contains(term.toString())) {
                    stems.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stems.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(stems.size() * 0.6)));
        stems.forEach(stem -> words.add(new TermQuery(new Term(Fields.TITLE_EL, stem)), Occur.SHOULD));
        Query query = new BooleanQuery.Builder().add(words.build(), Occur.MUST)
                .add(new TermQuery(new Term(Fields.STATE, "PUBLISHED")), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ID, except == null ? "" : except)), Occur.MUST_NOT).build();
        try {
            IndexSearcher searcher = index.searchers.acquire();
            try {
                List<SearchHits.Hit> hits = new ArrayList<>();
                for (ScoreDoc doc : searcher.search(query, max).scoreDocs) {
                    Document d = searcher.storedFields().document(doc.doc);
                    hits.add(new SearchHits.Hit(d.get(Fields.ID), d.get(Fields.SLUG), d.get(Fields.KIND), d.get(Fields.OWNER),
                            d.get(Fields.STATE), d.get(Fields.TITLE_EL), d.get(Fields.TITLE_EN), null,
                            EntryDocuments.stored(d, Fields.FACET_THEME), null));
                }
                return hits;
            } finally {
                index.searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests and benchmarks: the query a text makes. */
    static Query query(String text) {
        EntryQuery.Built built = EntryQuery.build(text, Synonyms.load("knowledge/synonyms-el.txt"));
        return built.query() == null ? new MatchAllDocsQuery() : built.query();
    }
}
