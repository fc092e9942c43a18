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
 * that minute; a valid token still works (ADR 0015). The minute slides: the failures of the
 * minute before count in proportion to what is left of it, so that a burst across the turn of a
 * minute is not allowed twice the limit. The address is the request's remote
 * address, the client's own behind a trusted proxy. In memory, per instance: a guesser spread
 * over instances gets at most the limit times the number of instances, against 2^256 tokens.
 */
@Component
public class LinkGuesses {

    private static final Logger log = LoggerFactory.getLogger(LinkGuesses.class);

    /** The failures of this minute and of the one before it, which count less as this minute goes on. */
    private record Window(long minute, int failures, int previous) {

        Window next(long now) {
            if (minute == now) {
                return new Window(now, failures + 1, previous);
            }
            return new Window(now, 1, minute == now - 1 ? failures : 0);
        }

        double weighted(double elapsed) {
            return failures + previous * (1 - elapsed);
        }
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    LinkGuesses(@Value("${diktyo.links.guesses-per-minute:${diktyo.invitations.token-guesses-per-minute:20}}") int limit,
            Clock clock) {
        this.limit = limit;
        this.clock = clock;
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
                long millis = clock.millis();
                long now = millis / 60_000;
                Window w = windows.compute(address, (k, old) -> old == null ? new Window(now, 1, 0) : old.next(now));
                if (windows.size() > 100_000) {
                    windows.entrySet().removeIf(e -> e.getValue().minute() < now - 1);
                }
                if (w.weighted((millis % 60_000) / 60_000.0) > limit) {
                    throw new TooManyRequests(Duration.ofMillis((now + 1) * 60_000 - clock.millis()), "links.tooMany");
                }
            }
            throw p;
        }
    }
}
