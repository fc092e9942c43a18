package org.diktyo.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * Searches the index (ADR 0023, ADR 0030): the documents of the typed text as {@link EntryQuery}
 * builds it, collected once into a bit set with their scores, and those of the viewer's
 * visibility (both kept per reader, {@link ReaderMemo}), joined before anything is counted or
 * ranked (never a filter afterwards: paging and counts follow it); the ticked facet values and
 * the counts {@link SidewaysCounts} works out from the reader's {@link FacetTable}; the page's
 * hits in Lucene's order, each with a snippet ({@link Snippets}).
 */
public class EntrySearch {

    static final int MAX_FACET_VALUES = 100;

    private final KnowledgeIndex index;
    private final Synonyms synonyms;
    private final Snippets snippets;
    private final SearchGate gate = new SearchGate(Runtime.getRuntime().availableProcessors());
    private final AnswerCache answers;
    private volatile ReaderMemo memo;

    public EntrySearch(KnowledgeIndex index) {
        this(index, AnswerCache.SIZE);
    }

    /** With room for {@code cached} answers (0: none, for the benchmark's figures without the cache). */
    EntrySearch(KnowledgeIndex index, int cached) {
        this.index = index;
        this.answers = new AnswerCache(cached);
        this.synonyms = Synonyms.load("knowledge/synonyms-el.txt");
        this.snippets = new Snippets(index.analyzer);
    }

    public SearchHits search(SearchRequest request) {
        return search(request, null);
    }

    /**
     * A search: answered from the cache when the same one was answered on this generation of the
     * index, else when its turn comes ({@link SearchGate}); {@code timing}, when given, is told
     * how long it waited and searched.
     */
    SearchHits search(SearchRequest request, SearchGate.Timing timing) {
        EntryQuery.Built built = EntryQuery.build(request.text(), synonyms);
        if (built.onlyStopWords()) {
            return new SearchHits(0, List.of(), Map.of(), true);
        }
        String key = AnswerCache.key(built.words(), request);
        long generation = index.generation();
        SearchHits known = answers.get(key, generation);
        if (known != null) {
            if (timing != null) {
                timing.cached = true;
            }
            return known;
        }
        SearchHits answer = gate.run(() -> searchNow(built, request), timing);
        answers.put(key, generation, answer);
        return answer;
    }

    private SearchHits searchNow(EntryQuery.Built built, SearchRequest request) {
        try (KnowledgeIndex.Searching s = index.acquire()) {
            return search(s.searcher(), built, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchHits search(IndexSearcher searcher, EntryQuery.Built built, SearchRequest request) throws IOException {
        if (searcher.getIndexReader().numDocs() == 0) {
            return new SearchHits(0, List.of(), Map.of(), false);
        }
        ReaderMemo memo = memo(searcher);
        MatchedDocs text = memo.text(searcher, built);
        FixedBitSet matched = text.docs.clone();
        FixedBitSet visible = memo.visible(searcher, request.visibility());
        if (visible != null) {
            matched.and(visible);
        }
        SidewaysCounts.Result counted = SidewaysCounts.count(memo.table, matched, request.filters());
        int[] best = text.top(counted.shown(), (request.page() + 1) * request.size(), memo.table.updated);
        List<SearchHits.Hit> hits = new ArrayList<>();
        for (int i = request.page() * request.size(); i < best.length; i++) {
            hits.add(snippets.hit(searcher.storedFields().document(best[i]), built, request.english()));
        }
        return new SearchHits(counted.shown().cardinality(), List.copyOf(hits), counted.counts(), false);
    }

    /** The memo of the searcher's reader, made again when the reader changed. */
    private ReaderMemo memo(IndexSearcher searcher) throws IOException {
        ReaderMemo m = memo;
        if (m == null || m.reader != searcher.getIndexReader()) {
            m = new ReaderMemo(searcher.getIndexReader());
            memo = m;
        }
        return m;
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
        try (KnowledgeIndex.Searching s = index.acquire()) {
            IndexSearcher searcher = s.searcher();
            List<SearchHits.Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query, max).scoreDocs) {
                Document d = searcher.storedFields().document(doc.doc);
                hits.add(new SearchHits.Hit(d.get(Fields.ID), d.get(Fields.SLUG), d.get(Fields.KIND), d.get(Fields.OWNER),
                        d.get(Fields.STATE), d.get(Fields.TITLE_EL), d.get(Fields.TITLE_EN), null,
                        EntryDocuments.stored(d, Fields.FACET_THEME), null));
            }
            return hits;
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
