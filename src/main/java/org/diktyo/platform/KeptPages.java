package org.diktyo.platform;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * Pages that an anonymous visitor's GET may be answered with from memory (ADR 0031), declared by
 * the module that serves them as a bean of this type, as {@link PublicReads} are: path patterns
 * ({@code /municipalities/*}), and, for pages that show more than the database (a search index),
 * a stamp that changes whenever that changes. A kept page is dropped when the database changes,
 * when its stamp changes, and after at most {@code diktyo.pages.max-age}. Only a whole answer
 * without a cookie is kept: a page with a form (its CSRF token opens a session) never is.
 */
public record KeptPages(List<String> patterns, LongSupplier stamp) {

    private static final LongSupplier DATABASE_ONLY = () -> 0;

    public KeptPages {
        patterns = List.copyOf(patterns);
    }

    /** Pages made from the database alone. */
    public static KeptPages of(String... patterns) {
        return new KeptPages(List.of(patterns), DATABASE_ONLY);
    }

    /** Pages that also show what {@code stamp} follows. */
    public static KeptPages of(LongSupplier stamp, String... patterns) {
        return new KeptPages(List.of(patterns), stamp);
    }
}
