package org.diktyo.links;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.diktyo.platform.Problem;
import org.diktyo.platform.TooManyRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Limits guessing of personal links: a client address that presented too many unknown, revoked
 * or expired tokens (refused with 404 or 410) within a minute gets 429 instead for the rest of
 * that minute; a valid token still works (ADR 0015). The address is the request's remote
 * address, the client's own behind a trusted proxy. In memory, per instance: a guesser spread
 * over instances gets at most the limit times the number of instances, against 2^256 tokens.
 */
@Component
public class LinkGuesses {

    private static final Logger log = LoggerFactory.getLogger(LinkGuesses.class);

    private record Window(long minute, int failures) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    LinkGuesses(@Value("${diktyo.links.guesses-per-minute:${diktyo.invitations.token-guesses-per-minute:20}}") int limit,
            Clock clock) {
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
    public <T> T guarded(HttpServletRequest request, Supplier<T> work) {
        try {
            return work.get();
        } catch (Problem p) {
            if (p.status() == HttpStatus.NOT_FOUND || p.status() == HttpStatus.GONE) {
                String address = request.getRemoteAddr();
                log.info("refused link from {}: {}", address, p.key());
                long now = minute();
                Window w = windows.compute(address, (k, old) -> old == null || old.minute() != now ? new Window(now, 1)
                        : new Window(now, old.failures() + 1));
                if (windows.size() > 100_000) {
                    windows.entrySet().removeIf(e -> e.getValue().minute() != now);
                }
                if (w.failures() > limit) {
                    throw new TooManyRequests(Duration.ofMillis((now + 1) * 60_000 - clock.millis()), "links.tooMany");
                }
            }
            throw p;
        }
    }
}
