package org.diktyo.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's Lucene index of the entries (ADR 0023, ADR 0030): documents added, replaced and
 * deleted by id, each batch committed with the last change applied ({@code seq}) and the schema
 * version in the commit's user data, so that a restart knows whether to rebuild and where to go
 * on from. A full rebuild is written into a new folder ({@link IndexBuild}) while searches go on
 * in the old one, then put in use in one step ({@link IndexFolders}). Searching is
 * {@link EntrySearch}'s.
 */
public class KnowledgeIndex implements AutoCloseable {

    /** Raised whenever fields, analysers or the layout change: an index of another version is rebuilt on start. */
    public static final String SCHEMA_VERSION = "3";
    static final String SCHEMA_KEY = "schema";
    static final String SEQ_KEY = "seq";

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndex.class);

    /** One folder's index, open for writing and searching. */
    private record Open(Path folder, IndexWriter writer, SearcherManager searchers) {

        static Open of(Path folder, IndexWriter writer) throws IOException {
            return new Open(folder, writer, new SearcherManager(writer, null));
        }

        void close() throws IOException {
            searchers.close();
            writer.close();
            writer.getDirectory().close();
        }
    }

    /** A searcher of the index in use; closing it gives it back. */
    record Searching(IndexSearcher searcher, SearcherManager from) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            from.release(searcher);
        }
    }

    final Analyzer analyzer = GreekAnalysis.perField();
    final FacetsConfig facets = EntryDocuments.facetsConfig();
    private final Path path;
    private final IndexFolders folders;
    private final boolean current;
    private volatile Open open;
    private long seq;
    /** Raised after every change is visible to searches: what was answered before is not reused. */
    private volatile long generation;

    public KnowledgeIndex(Path path) {
        this.path = path;
        try {
            folders = new IndexFolders(path);
            Path folder = folders.current();
            Map<String, String> data = folder == null ? Map.of() : committed(folder);
            current = SCHEMA_VERSION.equals(data.get(SCHEMA_KEY));
            seq = current ? Long.parseLong(data.getOrDefault(SEQ_KEY, "-1")) : -1;
            if (current) {
                open = Open.of(folder, new IndexWriter(FSDirectory.open(folder),
                        IndexBuild.config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND)));
            } else {
                folder = folders.next();
                IndexWriter writer = new IndexWriter(FSDirectory.open(folder),
                        IndexBuild.config(analyzer, IndexWriterConfig.OpenMode.CREATE));
                writer.setLiveCommitData(commitData(-1).entrySet());
                writer.commit();
                open = Open.of(folder, writer);
                folders.use(folder);
            }
            folders.deleteAllBut(folder);
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
            IndexWriter writer = open.writer();
            for (IndexedEntry e : entries) {
                writer.updateDocument(new Term(Fields.ID, e.id()), facets.build(EntryDocuments.document(e)));
            }
            for (String id : deleted) {
                writer.deleteDocuments(new Term(Fields.ID, id));
            }
            seq = Math.max(this.seq, seq);
            writer.setLiveCommitData(commitData(seq).entrySet());
            writer.commit();
            this.seq = seq;
            open.searchers().maybeRefreshBlocking();
            generation++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every entry written anew into a new folder, committed with {@code seq}, then put in use in
     * one step; searches go on in the old index meanwhile, which is deleted afterwards.
     */
    public synchronized void rebuild(Collection<IndexedEntry> entries, long seq) {
        Path folder = null;
        try {
            folder = folders.next();
            IndexWriter writer = IndexBuild.build(folder, List.copyOf(entries), analyzer, facets, commitData(seq));
            Open built = Open.of(folder, writer);
            folders.use(folder);
            Open old = open;
            open = built;
            this.seq = seq;
            generation++;
            old.close();
            IndexFolders.delete(old.folder());
            LOG.info("Knowledge index rebuilt at {}: {} entries, change {}", folder, entries.size(), seq);
        } catch (IOException | RuntimeException e) {
            if (folder != null && (open == null || !folder.equals(open.folder()))) {
                IndexFolders.delete(folder);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** A searcher of the index in use (the new one once a rebuild is in use); to be closed. */
    Searching acquire() throws IOException {
        while (true) {
            Open o = open;
            try {
                return new Searching(o.searchers().acquire(), o.searchers());
            } catch (AlreadyClosedException swapped) {
                if (o == open) {
                    throw swapped;
                }
            }
        }
    }

    /** Raised whenever a change became visible to searches. */
    long generation() {
        return generation;
    }

    public int size() {
        try (Searching s = acquire()) {
            return s.searcher().getIndexReader().numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        open.close();
    }

    private static Map<String, String> commitData(long seq) {
        return Map.of(SCHEMA_KEY, SCHEMA_VERSION, SEQ_KEY, Long.toString(seq));
    }

    private static Map<String, String> committed(Path folder) throws IOException {
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.getIndexCommit().getUserData();
            }
        }
    }
}
