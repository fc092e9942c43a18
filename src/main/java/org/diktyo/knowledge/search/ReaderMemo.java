package org.diktyo.knowledge.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * What one reader of the index keeps between searches (ADR 0030): its {@link FacetTable}; the
 * documents and scores of the last {@link #TEXTS} query texts (a text's matches do not depend
 * on who searches, what is ticked or which page); the documents each recent viewer's visibility
 * lets through. A new reader (any change of the index) starts a new memo.
 */
final class ReaderMemo {

    static final int TEXTS = 64;
    static final int VIEWERS = 256;

    final IndexReader reader;
    final FacetTable table;
    private final Map<String, MatchedDocs> texts = lru(TEXTS);
    private final Map<SearchRequest.Visibility, FixedBitSet> visible = lru(VIEWERS);

    ReaderMemo(IndexReader reader) throws IOException {
        this.reader = reader;
        this.table = FacetTable.of(reader);
    }

    /** The documents the text matches, with their scores unless it has no words (browsing). */
    MatchedDocs text(IndexSearcher searcher, EntryQuery.Built built) throws IOException {
        String key = String.join("\u0000", built.words());
        MatchedDocs known;
        synchronized (texts) {
            known = texts.get(key);
        }
        if (known == null) {
            known = MatchedDocs.of(searcher, built.query(), !built.words().isEmpty());
            synchronized (texts) {
                texts.put(key, known);
            }
        }
        return known;
    }

    /** The documents the viewer may see, or null for all of them. */
    FixedBitSet visible(IndexSearcher searcher, SearchRequest.Visibility v) throws IOException {
        Query filter = EntrySearch.visibility(v);
        if (filter == null) {
            return null;
        }
        FixedBitSet known;
        synchronized (visible) {
            known = visible.get(v);
        }
        if (known == null) {
            known = MatchedDocs.of(searcher, filter, false).docs;
            synchronized (visible) {
                visible.put(v, known);
            }
        }
        return known;
    }

    private static <K, V> Map<K, V> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }
}
