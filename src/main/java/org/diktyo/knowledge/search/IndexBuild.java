package org.diktyo.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A full build of the index into a new folder (ADR 0030): the entries cut in two halves, each
 * analysed and written by a thread of its own into a part folder, then both parts added to the
 * folder's index in order (so documents keep the order of {@code entries}, and equal scores the
 * same order as before) and committed with {@code data}. Merges only ever join neighbouring
 * segments, which keeps that order when the index changes later.
 */
final class IndexBuild {

    /** The indexing buffer of each thread, well inside the 192 MB heap of {@code ./run}. */
    static final double BUFFER_MB = 32;

    private IndexBuild() {
    }

    static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(BUFFER_MB)
                .setMergePolicy(new LogByteSizeMergePolicy());
    }

    /** Writes {@code entries} into {@code folder}, committed with {@code data}; the writer is left open. */
    static IndexWriter build(Path folder, List<IndexedEntry> entries, Analyzer analyzer, FacetsConfig facets,
            Map<String, String> data) throws IOException {
        int half = (entries.size() + 1) / 2;
        Path[] parts = {folder.resolveSibling("build-" + folder.getFileName() + "-0"),
            folder.resolveSibling("build-" + folder.getFileName() + "-1")};
        try {
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread second = new Thread(() -> {
                try {
                    part(parts[1], entries.subList(half, entries.size()), analyzer, facets);
                } catch (Throwable e) {
                    failed.set(e);
                }
            }, "knowledge-index-build");
            second.start();
            part(parts[0], entries.subList(0, half), analyzer, facets);
            join(second);
            if (failed.get() != null) {
                throw new IOException("the second half of the knowledge index failed", failed.get());
            }
            Directory directory = FSDirectory.open(folder);
            IndexWriter writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
            try (Directory first = FSDirectory.open(parts[0]); Directory last = FSDirectory.open(parts[1])) {
                writer.addIndexes(first, last);
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            return writer;
        } finally {
            for (Path part : parts) {
                IndexFolders.delete(part);
            }
        }
    }

    private static void part(Path folder, List<IndexedEntry> entries, Analyzer analyzer, FacetsConfig facets)
            throws IOException {
        IndexWriterConfig config = config(analyzer, IndexWriterConfig.OpenMode.CREATE).setUseCompoundFile(false);
        try (Directory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
            for (IndexedEntry e : entries) {
                writer.addDocument(facets.build(EntryDocuments.document(e)));
            }
            writer.commit();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while building the knowledge index", e));
        }
    }
}
