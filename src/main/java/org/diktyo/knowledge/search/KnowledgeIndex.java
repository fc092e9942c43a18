package org.diktyo.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's Lucene index of the entries (ADR 0023): documents added, replaced and deleted by
 * id, each batch committed with the last change applied ({@code seq}) and the schema version in
 * the commit's user data, so that a restart knows whether to rebuild and where to go on from.
 * Searching is {@link EntrySearch}'s.
 */
public class KnowledgeIndex implements AutoCloseable {

    /** Raised whenever fields or analysers change: an index of another version is rebuilt on start. */
    public static final String SCHEMA_VERSION = "2";
    static final String SCHEMA_KEY = "schema";
    static final String SEQ_KEY = "seq";

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndex.class);

    final Analyzer analyzer = GreekAnalysis.perField();
    final FacetsConfig facets = EntryDocuments.facetsConfig();
    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    final SearcherManager searchers;
    private final boolean current;
    private long seq;
    /** Raised after every change is visible to searches: what was answered before is not reused. */
    private volatile long generation;

    /** A searcher of the index; closing it gives it back. */
    record Searching(IndexSearcher searcher, SearcherManager from) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            from.release(searcher);
        }
    }

    public KnowledgeIndex(Path path) {
        this.path = path;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            Map<String, String> data = DirectoryReader.indexExists(directory) ? committed(directory) : Map.of();
            current = SCHEMA_VERSION.equals(data.get(SCHEMA_KEY));
            seq = current ? Long.parseLong(data.getOrDefault(SEQ_KEY, "-1")) : -1;
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(current ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE);
            writer = new IndexWriter(directory, config);
            if (!current) {
                writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION, SEQ_KEY, "-1").entrySet());
                writer.commit();
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the knowledge index at " + path, e);
        }
    }

    /** Whether the index on disk was of this schema when opened (if not, it was emptied and needs a rebuild). */
    public boolean current() {
        return current;
    }

    public Path path() {
        return path;
    }

    /** The last change applied, or -1 when none. */
    public synchronized long lastSeq() {
        return seq;
    }

    /** Replaces the documents of {@code entries}, deletes those of {@code deleted}, and commits with {@code seq}. */
    public synchronized void apply(Collection<IndexedEntry> entries, Collection<String> deleted, long seq) {
        try {
            for (IndexedEntry e : entries) {
                writer.updateDocument(new Term(Fields.ID, e.id()), facets.build(EntryDocuments.document(e)));
            }
            for (String id : deleted) {
                writer.deleteDocuments(new Term(Fields.ID, id));
            }
            seq = Math.max(this.seq, seq);
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION, SEQ_KEY, Long.toString(seq)).entrySet());
            writer.commit();
            this.seq = seq;
            searchers.maybeRefreshBlocking();
            generation++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index and adds every entry anew; committed once, at the end, with {@code seq}. */
    public synchronized void rebuild(Collection<IndexedEntry> entries, long seq) {
        try {
            writer.deleteAll();
            for (IndexedEntry e : entries) {
                writer.addDocument(facets.build(EntryDocuments.document(e)));
            }
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION, SEQ_KEY, Long.toString(seq)).entrySet());
            writer.commit();
            this.seq = seq;
            searchers.maybeRefreshBlocking();
            generation++;
            LOG.info("Knowledge index rebuilt at {}: {} entries, change {}", path, entries.size(), seq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher of the index; to be closed. */
    Searching acquire() throws IOException {
        return new Searching(searchers.acquire(), searchers);
    }

    /** Raised whenever a change became visible to searches. */
    long generation() {
        return generation;
    }

    public int size() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private static Map<String, String> committed(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.getIndexCommit().getUserData();
        }
    }
}
