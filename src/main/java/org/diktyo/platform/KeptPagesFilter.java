package org.diktyo.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers an anonymous visitor's GET of a kept page from memory (ADR 0031), outside every other
 * filter: status, headers and body as they were, or a {@code 304} when the visitor's copy has the
 * same ETag. Otherwise the page is made as always and kept if it may be: a {@code 200} for the
 * public (no session cookie, no {@code Authorization}, {@link PublicCaching}'s {@code private,
 * no-cache}), with an ETag and without a cookie set — a page with a form opens a session for its
 * CSRF token, and so is never kept. A kept page has its gzip copy ({@link KeptCompression}). The key
 * is the address with its query, the language the visitor reads, the scheme and host, and what the
 * visitor accepts.
 */
final class KeptPagesFilter extends OncePerRequestFilter {

    private static final List<String> NOT_KEPT = List.of(HttpHeaders.SET_COOKIE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE);

    private static final long WAIT_SECONDS = 2;

    private final RenderedPages pages;
    private final DatabaseChanges changes;
    private final LocaleResolver locales;
    private final KeptCompression compression;
    private final List<Declared> declared = new ArrayList<>();

    KeptPagesFilter(RenderedPages pages, DatabaseChanges changes, LocaleResolver locales, KeptCompression compression,
            List<KeptPages> kept) {
        this.pages = pages;
        this.changes = changes;
        this.locales = locales;
        this.compression = compression;
        for (KeptPages k : kept) {
            k.patterns().forEach(p -> declared.add(new Declared(PathPatternParser.defaultInstance.parse(p), k)));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        KeptPages kept = "GET".equals(request.getMethod()) && PublicCaching.Filter.anonymousRead(request)
                ? declaration(request) : null;
        if (kept == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        long database = changes.current();
        long stamp = kept.stamp().getAsLong();
        RenderedPage page = pages.get(key, database, stamp);
        CountDownLatch other = page == null ? pages.making(key) : null;
        if (other != null) {
            await(other);
            database = changes.current();
            stamp = kept.stamp().getAsLong();
            page = pages.get(key, database, stamp);
        }
        if (page != null) {
            replay(page, request, response);
            return;
        }
        try {
            make(request, response, chain, key, database, stamp);
        } finally {
            if (other == null) {
                pages.made(key);
            }
        }
    }

    private void make(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
            long database, long stamp) throws IOException, ServletException {
        long madeAt = System.nanoTime();
        ContentCachingResponseWrapper made = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, made);
        if (keepable(made)) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : made.getHeaderNames()) {
                if (NOT_KEPT.stream().noneMatch(name::equalsIgnoreCase)) {
                    headers.put(name, List.copyOf(made.getHeaders(name)));
                }
            }
            byte[] body = made.getContentAsByteArray();
            pages.put(key, new RenderedPage(made.getStatus(), headers, body, compression.gzip(made.getContentType(), body),
                    made.getHeader(HttpHeaders.ETAG), database, stamp, madeAt));
        }
        made.copyBodyToResponse();
    }

    /** Waits a while for another request's page; after that, or if interrupted, makes its own. */
    private static void await(CountDownLatch other) {
        try {
            other.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private KeptPages declaration(HttpServletRequest request) {
        PathContainer path = null;
        for (Declared d : declared) {
            path = path == null ? PathContainer.parsePath(request.getRequestURI()) : path;
            if (d.pattern().matches(path)) {
                return d.pages();
            }
        }
        return null;
    }

    private String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getScheme() + "://" + request.getHeader(HttpHeaders.HOST) + request.getRequestURI()
                + (query == null ? "" : "?" + query) + " " + locales.resolveLocale(request).toLanguageTag() + " "
                + request.getHeader(HttpHeaders.ACCEPT);
    }

    private static boolean keepable(ContentCachingResponseWrapper made) {
        return made.getStatus() == 200 && !made.containsHeader(HttpHeaders.SET_COOKIE)
                && made.getHeader(HttpHeaders.ETAG) != null
                && PublicCaching.PUBLIC.equals(made.getHeader(HttpHeaders.CACHE_CONTROL));
    }

    private static void replay(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        page.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        if (page.gzipped() != null) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (page.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(page.status());
        byte[] body = page.body();
        if (page.gzipped() != null && KeptCompression.accepted(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
            body = page.gzipped(); // Tomcat leaves an answer that names its encoding as it is
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private record Declared(PathPattern pattern, KeptPages pages) {
    }
}
