package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.function.Supplier;

import org.diktyo.Http;

/** Reads a kept page (ADR 0031) until a read is answered from memory. */
public final class KeptReads {

    private KeptReads() {
    }

    /** The read that made the page and the one answered from memory right after it. */
    public record MadeThenKept(HttpResponse<String> made, HttpResponse<String> kept) {
    }

    /** On PostgreSQL other databases' commits may come between two reads: tries up to 20 times. */
    public static MadeThenKept keptAfterMiss(Http http, RenderedPages pages, String path) {
        for (int attempt = 0; attempt < 20; attempt++) {
            HttpResponse<String> made = http.get(path, null);
            assertThat(made.statusCode()).isEqualTo(200);
            long hits = pages.hits();
            HttpResponse<String> again = http.get(path, null);
            if (pages.hits() > hits) {
                return new MadeThenKept(made, again);
            }
        }
        throw new AssertionError(path + " never answered from memory");
    }

    /** A read answered from memory, tried up to 20 times for the same reason as {@link #keptAfterMiss}. */
    public static <T> HttpResponse<T> fromMemory(RenderedPages pages, Supplier<HttpResponse<T>> read) {
        for (int attempt = 0; attempt < 20; attempt++) {
            long hits = pages.hits();
            HttpResponse<T> response = read.get();
            if (pages.hits() > hits) {
                return response;
            }
        }
        throw new AssertionError("never answered from memory");
    }
}
