package org.diktyo.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.Compression;
import org.springframework.core.env.Environment;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;

/**
 * The gzip copy of a kept page (ADR 0031, addendum of 2026-12-07): made once, when the page is
 * made, and sent to every visitor whose client accepts gzip, so that Tomcat does not compress the
 * same bytes again for each request. It follows {@code server.compression}: on or off, its types,
 * its minimum size.
 */
final class KeptCompression {

    private final boolean enabled;
    private final List<MimeType> types;
    private final long minSize;

    private KeptCompression(boolean enabled, List<MimeType> types, long minSize) {
        this.enabled = enabled;
        this.types = types;
        this.minSize = minSize;
    }

    static KeptCompression of(Environment environment) {
        Compression c = Binder.get(environment).bind("server.compression", Compression.class).orElseGet(Compression::new);
        return new KeptCompression(c.getEnabled(), Arrays.stream(c.getMimeTypes()).map(MimeType::valueOf).toList(),
                c.getMinResponseSize().toBytes());
    }

    /** The body compressed, or null when Tomcat would not compress it (off, too small, another type). */
    byte[] gzip(String contentType, byte[] body) {
        if (!enabled || body.length < minSize || contentType == null || !compressible(contentType)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        // the default level, as Tomcat's: a page is made again after every change, and the best
        // level took twice the time (4.6 against 2.3 ms for the registry's JSON) for 2 % less
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether the request's {@code Accept-Encoding} (one line or several) names gzip with a weight above zero. */
    static boolean accepted(Enumeration<String> acceptEncoding) {
        return acceptEncoding != null && accepted(String.join(",", Collections.list(acceptEncoding)));
    }

    static boolean accepted(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].trim().matches("(?i)q\\s*=\\s*0(\\.0{0,3})?");
            }
        }
        return false;
    }

    private boolean compressible(String contentType) {
        try {
            MimeType type = MimeType.valueOf(contentType);
            return types.stream().anyMatch(type::equalsTypeAndSubtype);
        } catch (InvalidMimeTypeException e) {
            return false;
        }
    }
}
