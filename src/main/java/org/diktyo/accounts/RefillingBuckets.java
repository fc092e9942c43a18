package org.diktyo.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key, in memory: each key may spend {@code capacity} at once, and gets one
 * back every {@code refill}. Full buckets are forgotten when the map grows large, so that a
 * flood of distinct keys costs bounded memory.
 */
public final class RefillingBuckets {

    private static final int FORGET_ABOVE = 50_000;

    /** {@code spent} tokens owed as of {@code at} (epoch millis). */
    private record Level(double spent, long at) {
    }

    private final Map<String, Level> levels = new ConcurrentHashMap<>();
    private final int capacity;
    private final long refillMillis;
    private final Clock clock;

    public RefillingBuckets(int capacity, Duration refill, Clock clock) {
        this.capacity = capacity;
        this.refillMillis = Math.max(1, refill.toMillis());
        this.clock = clock;
    }

    /** How long {@code key} must wait before it may spend one more; zero if it may now. */
    public Duration waitFor(String key) {
        long now = clock.millis();
        double spent = spentAt(levels.get(key), now);
        if (spent <= capacity - 1) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil((spent - (capacity - 1)) * refillMillis));
    }

    /** Spends one for {@code key}; false, and nothing spent, if it has none left. */
    public boolean trySpend(String key) {
        long now = clock.millis();
        boolean[] spentOne = {false};
        levels.compute(key, (k, level) -> {
            double spent = spentAt(level, now);
            if (spent > capacity - 1) {
                return new Level(spent, now);
            }
            spentOne[0] = true;
            return new Level(spent + 1, now);
        });
        forgetFullBuckets(now);
        return spentOne[0];
    }

    /** Spends one for {@code key} whether or not it has one left. */
    void spend(String key) {
        long now = clock.millis();
        levels.compute(key, (k, level) -> new Level(Math.min(capacity, spentAt(level, now) + 1), now));
        forgetFullBuckets(now);
    }

    private double spentAt(Level level, long now) {
        if (level == null) {
            return 0;
        }
        return Math.max(0, level.spent() - (double) (now - level.at()) / refillMillis);
    }

    private void forgetFullBuckets(long now) {
        if (levels.size() > FORGET_ABOVE) {
            levels.entrySet().removeIf(e -> spentAt(e.getValue(), now) == 0);
        }
    }
}
