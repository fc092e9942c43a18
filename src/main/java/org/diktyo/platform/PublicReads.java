package org.diktyo.platform;

import java.util.List;

/**
 * API paths that anyone may read (GET) without an account, declared by the module that
 * serves them as a bean of this type; the API's security collects every such bean. Everything
 * else under {@code /api} needs a token. Pages are public unless under {@code /admin} or
 * {@code /account}.
 */
public record PublicReads(List<String> patterns) {

    public PublicReads {
        patterns = List.copyOf(patterns);
    }

    public static PublicReads of(String... patterns) {
        return new PublicReads(List.of(patterns));
    }
}
