package org.diktyo.invitations.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.diktyo.platform.Problem;
import org.diktyo.platform.TooManyRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Limits guessing of reply links: a client address that presented too many unknown, revoked
 * or expired tokens within a minute gets 429 instead of 404 or 410 for the rest of that
 * minute; a valid token still works (ADR 0015). The address is the request's remote address,
 * the client's own behind a trusted proxy. In memory, per instance: a guesser spread over instances gets at most
 * the limit times the number of instances, against 2^256 possible tokens.
 */
@Component
class TokenGuesses {

    private record Window(long minute, int failures) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    TokenGuesses(@Value("${diktyo.invitations.token-guesses-per-minute:20}") int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    private long minute() {
        return clock.millis() / 60_000;
    }

    /**
     * Runs {@code work}; a refused token counts against the caller's address, and once the
     * address is over the limit a refused token gets 429 (with {@code Retry-After}) instead.
     * The token is always looked at first, so a valid link works whoever mistyped others.
     */
    <T> T guarded(HttpServletRequest request, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (Problem p) {
            if (p.status() == HttpStatus.NOT_FOUND || p.status() == HttpStatus.GONE) {
                String address = request.getRemoteAddr();
                org.slf4j.LoggerFactory.getLogger(TokenGuesses.class).info("refused link from {}: {}", address, p.key());
                long now = minute();
                Window w = windows.compute(address, (k, old) -> old == null || old.minute() != now ? new Window(now, 1)
                        : new Window(now, old.failures() + 1));
                if (windows.size() > 100_000) {
                    windows.entrySet().removeIf(e -> e.getValue().minute() != now);
                }
                if (w.failures() > limit) {
                    throw new TooManyRequests(Duration.ofMillis((now + 1) * 60_000 - clock.millis()),
                            "invitations.link.tooMany");
                }
            }
            throw p;
        }
    }
}
