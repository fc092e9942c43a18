package org.diktyo.platform;

import java.util.List;

/**
 * Pages whose address carries the credential — a personal link's token ({@code /r/{token}}) —
 * declared as a bean by the module that serves them. Their forms carry no CSRF token: a forged
 * cross-site POST would need the token itself, and no cookie gives authority there. So reading
 * such a page opens no session (no row written per visit, ADR 0031); answering it may, for the
 * confirmation shown after the redirect.
 */
public record LinkPages(List<String> patterns) {

    public LinkPages {
        patterns = List.copyOf(patterns);
    }

    public static LinkPages of(String... patterns) {
        return new LinkPages(List.of(patterns));
    }
}
