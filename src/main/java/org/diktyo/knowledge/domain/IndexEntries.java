package org.diktyo.knowledge.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diktyo.knowledge.search.IndexedEntry;
import org.diktyo.knowledge.search.KnowledgeIndex;
import org.diktyo.network.Addressees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps this instance's index in step with the database (ADR 0023). A write records a row in
 * {@code knowledge_change} in its own transaction ({@link #changed}); every instance reads the
 * rows after the last one it applied every {@code diktyo.knowledge.poll-interval} (and the writing
 * instance at once after the commit), reloads those entries and replaces their documents. Rows
 * of the last {@link #LATE} are read again, so that a transaction that took a lower number but
 * committed after a higher one is not missed. On start the index is rebuilt when it is of another
 * schema, ahead of the database (a database emptied) or behind the oldest row still kept.
 */
@Component
class IndexEntries implements SmartInitializingSingleton {

    static final Duration LATE = Duration.ofSeconds(10);
    static final Duration KEEP = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(IndexEntries.class);

    private final EntryStore store;
    private final ChangeStore changes;
    private final Addressees addressees;
    private final KnowledgeIndex index;
    private final Clock clock;
    private final Map<Long, Instant> applied = new HashMap<>();
    private Instant pruned = Instant.EPOCH;

    IndexEntries(EntryStore store, ChangeStore changes, Addressees addressees, KnowledgeIndex index, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.addressees = addressees;
        this.index = index;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long last = changes.lastChange();
        long first = changes.firstChange();
        long seq = index.lastSeq();
        if (!index.current() || seq > last || (first > 0 && seq < first - 1) || (seq < 0 && store.count() > 0)) {
            rebuild();
        } else {
            catchUp();
        }
    }

    /** Records a change of the entry in the caller's transaction, and catches up once it commits. */
    void changed(String entryId) {
        changes.changed(entryId, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    catchUp();
                }
            });
        }
    }

    synchronized void rebuild() {
        long seq = changes.lastChange();
        Map<String, String> regions = regions();
        List<IndexedEntry> all = new ArrayList<>();
        List<String> ids = store.allIds();
        for (int i = 0; i < ids.size(); i += 500) {
            store.byIds(ids.subList(i, Math.min(ids.size(), i + 500))).forEach(e -> all.add(indexed(e, regions)));
        }
        index.rebuild(all, seq);
        applied.clear();
    }

    @Scheduled(fixedDelayString = "${diktyo.knowledge.poll-interval:2s}", initialDelayString = "${diktyo.knowledge.poll-interval:2s}")
    synchronized void catchUp() {
        Instant now = clock.instant();
        applied.values().removeIf(at -> at.isBefore(now.minus(LATE.multipliedBy(2))));
        List<Map.Entry<Long, String>> rows = changes.changes(index.lastSeq(), now.minus(LATE));
        rows.removeIf(r -> applied.containsKey(r.getKey()));
        if (!rows.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            long seq = -1;
            for (Map.Entry<Long, String> r : rows) {
                ids.add(r.getValue());
                seq = Math.max(seq, r.getKey());
                applied.put(r.getKey(), now);
            }
            Map<String, String> regions = regions();
            List<IndexedEntry> found = store.byIds(ids).stream().map(e -> indexed(e, regions)).toList();
            List<String> gone = new ArrayList<>(ids);
            found.forEach(e -> gone.remove(e.id()));
            index.apply(found, gone, seq);
        }
        if (pruned.isBefore(now.minus(Duration.ofHours(1)))) {
            int removed = changes.pruneChanges(now.minus(KEEP));
            pruned = now;
            if (removed > 0) {
                LOG.info("Knowledge change rows older than {} pruned: {}", KEEP, removed);
            }
        }
    }

    /** Each municipality's region, for the region facet. */
    private Map<String, String> regions() {
        Map<String, String> regions = new HashMap<>();
        addressees.all().forEach(a -> {
            if (a.regionId() != null) {
                regions.put(a.municipalityId(), a.regionId());
            }
        });
        return regions;
    }

    static IndexedEntry indexed(Entry e, Map<String, String> regions) {
        EntryDetails d = e.details();
        return new IndexedEntry(e.id(), e.slug(), e.kind().name(), e.ownerId(), e.state().name(), e.visibility().name(),
                e.titleEl(), e.titleEn(), e.summaryEl(), e.summaryEn(), e.bodyEl(), e.bodyEn(), e.themes(),
                e.targetGroups(), e.year(), e.updatedAt() == null ? 0 : e.updatedAt().toEpochMilli(), e.status().name(),
                regions.get(e.ownerId()), d.funding().stream().map(f -> f.source().name()).distinct().toList(),
                d.searchable(false), d.searchable(true));
    }
}
