package org.diktyo.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed password sign-ins, per account and per client address, in memory per instance
 * (ADR 0015). An account may fail {@code free-failures} times; after that each further
 * failure makes it wait, one second doubled each time, never longer than {@code max-wait},
 * so that nobody can lock a user out for long. An address may fail {@code address-failures}
 * times at once and gets one more attempt every {@code address-refill}: that is what stops a
 * single guesser. Unknown addresses count like known ones, so the waits reveal nothing.
 */
@Component
class SignInAttempts {

    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private record Failures(int count, long lastMillis, long waitUntilMillis) {
    }

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final RefillingBuckets addresses;
    private final int freeFailures;
    private final Duration maxWait;
    private final Clock clock;

    SignInAttempts(@Value("${diktyo.sign-in.free-failures:5}") int freeFailures,
            @Value("${diktyo.sign-in.max-wait:30s}") Duration maxWait,
            @Value("${diktyo.sign-in.address-failures:20}") int addressFailures,
            @Value("${diktyo.sign-in.address-refill:1m}") Duration addressRefill, Clock clock) {
        this.freeFailures = freeFailures;
        this.maxWait = maxWait;
        this.clock = clock;
        this.addresses = new RefillingBuckets(addressFailures, addressRefill, clock);
    }

    /** How long a sign-in to {@code email} from {@code address} must wait; zero if it may try now. */
    Duration waitFor(String email, String address) {
        Failures f = accounts.get(key(email));
        long accountWait = f == null ? 0 : Math.max(0, f.waitUntilMillis() - clock.millis());
        Duration addressWait = addresses.waitFor(address);
        return addressWait.toMillis() > accountWait ? addressWait : Duration.ofMillis(accountWait);
    }

    void failed(String email, String address) {
        addresses.spend(address);
        long now = clock.millis();
        accounts.compute(key(email), (k, f) -> {
            int count = f == null || now - f.lastMillis() > FORGET_AFTER.toMillis() ? 1 : f.count() + 1;
            return new Failures(count, now, now + backOff(count).toMillis());
        });
        if (accounts.size() > 50_000) {
            accounts.values().removeIf(f -> now - f.lastMillis() > FORGET_AFTER.toMillis());
        }
    }

    void succeeded(String email) {
        accounts.remove(key(email));
    }

    /** No wait for the free failures, then 1 s, 2 s, 4 s … up to the maximum. */
    private Duration backOff(int failures) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(beyond - 1, 20));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    static String key(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
