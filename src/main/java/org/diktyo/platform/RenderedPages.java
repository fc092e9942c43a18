package org.diktyo.platform;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The pages kept in memory (ADR 0031), by what makes their answer: address, language, what the
 * client accepts. A page is given back only while the database's change number and the page's own
 * stamp are those it was made under, and for at most {@code maxAge}. All of them take at most
 * {@code maxBytes}; beyond, the oldest go first. A change of the database empties the whole store
 * at the next read, so that pages no longer true do not hold memory. A page missing is made by one
 * request while the others asking for it at that moment wait ({@link #making}), so that fifty
 * visitors arriving as a page ages out do not make it fifty times.
 */
public final class RenderedPages {

    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> making = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder stored = new LongAdder();
    private final long maxAge;
    private final long maxBytes;
    private volatile long database = Long.MIN_VALUE;

    RenderedPages(Duration maxAge, long maxBytes) {
        this.maxAge = maxAge.toNanos();
        this.maxBytes = maxBytes;
    }

    /** The page kept under {@code key} if it is still true, or null. */
    RenderedPage get(String key, long databaseNow, long stampNow) {
        if (databaseNow != database) {
            database = databaseNow;
            clear();
            return null;
        }
        Kept kept = pages.get(key);
        if (kept == null) {
            return null;
        }
        RenderedPage page = kept.page();
        if (page.database() != databaseNow || page.stamp() != stampNow || System.nanoTime() - page.madeAt() > maxAge) {
            remove(key, kept);
            return null;
        }
        hits.increment();
        return page;
    }

    void put(String key, RenderedPage page) {
        int size = page.size(key);
        if (size > maxBytes / 8 || page.database() != database) {
            return;
        }
        while (bytes.get() + size > maxBytes && !pages.isEmpty()) {
            evictOldest();
        }
        Kept before = pages.put(key, new Kept(page, size));
        bytes.addAndGet(size - (before == null ? 0 : before.size()));
        stored.increment();
    }

    /**
     * Null when the caller is the one to make the page under {@code key} (and then calls
     * {@link #made}); otherwise what to wait on while another request makes it.
     */
    CountDownLatch making(String key) {
        return making.putIfAbsent(key, new CountDownLatch(1));
    }

    /** The page under {@code key} is made (kept or not): those waiting for it go on. */
    void made(String key) {
        CountDownLatch done = making.remove(key);
        if (done != null) {
            done.countDown();
        }
    }

    /** Answers given from memory since the start. */
    public long hits() {
        return hits.sum();
    }

    /** Pages kept since the start. */
    public long stored() {
        return stored.sum();
    }

    long bytes() {
        return bytes.get();
    }

    private void clear() {
        for (Iterator<Map.Entry<String, Kept>> i = pages.entrySet().iterator(); i.hasNext();) {
            Map.Entry<String, Kept> e = i.next();
            remove(e.getKey(), e.getValue());
        }
    }

    private void evictOldest() {
        String oldest = null;
        Kept found = null;
        for (Map.Entry<String, Kept> e : pages.entrySet()) {
            if (found == null || e.getValue().page().madeAt() < found.page().madeAt()) {
                oldest = e.getKey();
                found = e.getValue();
            }
        }
        if (oldest != null) {
            remove(oldest, found);
        }
    }

    private void remove(String key, Kept kept) {
        if (pages.remove(key, kept)) {
            bytes.addAndGet(-kept.size());
        }
    }

    private record Kept(RenderedPage page, int size) {
    }
}
