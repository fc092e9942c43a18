package org.diktyo.knowledge.search;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * At most one search per core at a time, the others waiting their turn in order of arrival (a
 * fair semaphore; ADR 0030): 32 searches at once on two cores queue instead of sharing the cores
 * thirty-two ways, so each one's time inside the search stays that of a search alone. The time
 * waited and the time inside are told to a {@link Timing} when one is given (the benchmark).
 */
final class SearchGate {

    /** What one search took: nanoseconds waiting for a turn, nanoseconds inside, and whether the answer was cached. */
    static final class Timing {
        long waitNanos;
        long searchNanos;
        boolean cached;
    }

    private final Semaphore turns;

    SearchGate(int permits) {
        this.turns = new Semaphore(Math.max(1, permits), true);
    }

    <T> T run(Supplier<T> search, Timing timing) {
        long asked = System.nanoTime();
        turns.acquireUninterruptibly();
        long started = System.nanoTime();
        try {
            return search.get();
        } finally {
            turns.release();
            if (timing != null) {
                timing.waitNanos = started - asked;
                timing.searchNanos = System.nanoTime() - started;
            }
        }
    }
}
