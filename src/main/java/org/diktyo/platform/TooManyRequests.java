package org.diktyo.platform;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * A refusal for going too fast (429): says, in the message and in {@code Retry-After}, how
 * long to wait. Every 429 of the platform is one of these, so that none lacks the header.
 */
public class TooManyRequests extends Problem {

    private final transient Duration retryAfter;

    public TooManyRequests(Duration retryAfter, String key, Object... args) {
        super(HttpStatus.TOO_MANY_REQUESTS, key, args);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one: the value of {@code Retry-After}. */
    public long retryAfterSeconds() {
        return retryAfterSeconds(retryAfter);
    }

    public static long retryAfterSeconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
