package org.diktyo.invitations.campaigns;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Invitations this instance failed to queue, each held back until its next try: a second after
 * the first failure, doubling up to ten minutes, so that one that keeps failing does not have its
 * letters rendered and documents read every second. Forgotten once it goes out, and a day after
 * its first failure (it is then tried, and logged, afresh). Per instance: another instance keeps
 * its own.
 */
final class HeldInvitations {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofMinutes(10);
    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private record Hold(int failures, Instant since, Instant until) {
    }

    private final Map<String, Hold> holds = new ConcurrentHashMap<>();

    /** Records that {@code id} failed at {@code now}; true the first time (so that it is logged once). */
    boolean failed(String id, Instant now) {
        Hold before = holds.get(id);
        int failures = before == null ? 1 : before.failures() + 1;
        Duration wait = FIRST.multipliedBy(1L << Math.min(failures - 1, 20));
        holds.put(id, new Hold(failures, before == null ? now : before.since(),
                now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait)));
        return before == null;
    }

    /** {@code id} went out (or was settled otherwise): no longer held. */
    void released(String id) {
        holds.remove(id);
    }

    /** The invitations not to try at {@code now}; forgets those held for a day. */
    Set<String> waiting(Instant now) {
        holds.values().removeIf(h -> h.since().plus(FORGOTTEN_AFTER).isBefore(now));
        return holds.entrySet().stream().filter(e -> e.getValue().until().isAfter(now)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
