package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.diktyo.Http;

/** Reads a kept page (ADR 0031) until the second of two reads is answered from memory. */
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
}
