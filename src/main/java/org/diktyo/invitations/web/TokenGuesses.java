package org.diktyo.invitations.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.diktyo.platform.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Limits guessing of reply links: a client address that presented too many unknown, revoked
 * or expired tokens within a minute is refused (429) for the rest of that minute, whatever
 * token it tries. In memory, per instance: a guesser spread over instances gets at most
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

    void check(HttpServletRequest request) {
        Window w = windows.get(request.getRemoteAddr());
        if (w != null && w.minute() == minute() && w.failures() >= limit) {
            throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "invitations.link.tooMany");
        }
    }

    /** Runs {@code work}; a refused token counts against the caller's address. */
    <T> T guarded(HttpServletRequest request, java.util.function.Supplier<T> work) {
        check(request);
        try {
            return work.get();
        } catch (Problem p) {
            if (p.status() == HttpStatus.NOT_FOUND || p.status() == HttpStatus.GONE) {
                org.slf4j.LoggerFactory.getLogger(TokenGuesses.class).info("refused link from {}: {}", request.getRemoteAddr(),
                        p.key());
                long now = minute();
                windows.compute(request.getRemoteAddr(), (k, w) -> w == null || w.minute() != now ? new Window(now, 1)
                        : new Window(now, w.failures() + 1));
                if (windows.size() > 100_000) {
                    windows.entrySet().removeIf(e -> e.getValue().minute() != now);
                }
            }
            throw p;
        }
    }
}
