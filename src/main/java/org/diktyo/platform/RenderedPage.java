package org.diktyo.platform;

import java.util.List;
import java.util.Map;

/**
 * A page as it was answered (ADR 0031): status, headers (the content security policy and the
 * ETag among them; never a cookie) and body, with the database's change number and the page's
 * own stamp it was made under, and when; its gzip copy ({@link KeptCompression}), null when it is
 * not compressed.
 */
record RenderedPage(int status, Map<String, List<String>> headers, byte[] body, byte[] gzipped, String etag,
        long database, long stamp, long madeAt) {

    /** About what it holds in memory. */
    int size(String key) {
        int size = body.length + (gzipped == null ? 0 : gzipped.length) + key.length() * 2 + 200;
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            size += h.getKey().length() * 2 + 48;
            for (String v : h.getValue()) {
                size += v.length() * 2 + 24;
            }
        }
        return size;
    }

    /** Whether {@code If-None-Match} names this page's ETag (weakly compared, as for a GET). */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String mine = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if ("*".equals(c) || opaque(c).equals(mine)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
