package org.diktyo.knowledge.search;

import java.io.IOException;
import java.util.PriorityQueue;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every document a query matches, collected once into a bit set with its score (ADR 0030), and
 * the best of a subset of them in Lucene's order: by score, or by {@code updated} (newest first)
 * when browsing; equal ones by document number.
 */
final class MatchedDocs extends SimpleCollector {

    final FixedBitSet docs;
    final float[] scores;
    private int base;
    private Scorable scorer;

    private MatchedDocs(int maxDoc, boolean scored) {
        docs = new FixedBitSet(Math.max(1, maxDoc));
        scores = scored ? new float[maxDoc] : null;
    }

    static MatchedDocs of(IndexSearcher searcher, Query query, boolean scored) throws IOException {
        MatchedDocs matched = new MatchedDocs(searcher.getIndexReader().maxDoc(), scored);
        searcher.search(query, matched);
        return matched;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        base = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        docs.set(base + doc);
        if (scores != null) {
            scores[base + doc] = scorer.score();
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return scores == null ? ScoreMode.COMPLETE_NO_SCORES : ScoreMode.COMPLETE;
    }

    /** The first {@code wanted} of {@code subset}, best first: by score, or when not scored by {@code updated}, newest first. */
    int[] top(FixedBitSet subset, int wanted, long[] updated) {
        PriorityQueue<Integer> worstFirst = new PriorityQueue<>(Math.max(1, wanted), (a, b) -> -better(a, b, updated));
        BitSetIterator it = new BitSetIterator(subset, 0);
        for (int doc = it.nextDoc(); doc != BitSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (worstFirst.size() < wanted) {
                worstFirst.add(doc);
            } else if (wanted > 0 && better(doc, worstFirst.peek(), updated) < 0) {
                worstFirst.poll();
                worstFirst.add(doc);
            }
        }
        int[] best = new int[worstFirst.size()];
        for (int i = best.length - 1; i >= 0; i--) {
            best[i] = worstFirst.poll();
        }
        return best;
    }

    /** Negative when {@code a} comes before {@code b}. */
    private int better(int a, int b, long[] updated) {
        int c = scores != null ? Float.compare(scores[b], scores[a]) : Long.compare(updated[b], updated[a]);
        return c != 0 ? c : Integer.compare(a, b);
    }
}
