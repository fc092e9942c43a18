package org.diktyo.links;

import java.util.List;

/**
 * API paths where a personal link's token is the credential ({@code /api/v1/rsvp/**}), declared
 * as a bean by the module that serves them: no account, no cookie, hence no CSRF. The pages of
 * a link ({@code /r/{token}}) are public pages and need no declaration.
 */
public record LinkPaths(List<String> patterns) {

    public LinkPaths {
        patterns = List.copyOf(patterns);
    }

    public static LinkPaths of(String... patterns) {
        return new LinkPaths(List.of(patterns));
    }
}
