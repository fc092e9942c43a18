package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The gzip copy of a kept page follows {@code server.compression}, and a client's weights. */
class KeptCompressionTest {

    private static final byte[] PAGE = "<p>Δήμος Αθηναίων</p>".repeat(100).getBytes(StandardCharsets.UTF_8);

    @Test
    void aClientAcceptsGzipUnlessItsWeightIsZero() {
        assertThat(KeptCompression.accepted("gzip")).isTrue();
        assertThat(KeptCompression.accepted("deflate, GZIP;q=0.5, br")).isTrue();
        assertThat(KeptCompression.accepted("gzip; q=0.001")).isTrue();
        assertThat(KeptCompression.accepted("gzip;q=0")).isFalse();
        assertThat(KeptCompression.accepted("gzip ; q=0.000")).isFalse();
        assertThat(KeptCompression.accepted("identity, br")).isFalse();
        assertThat(KeptCompression.accepted((String) null)).isFalse();
        assertThat(KeptCompression.accepted(Collections.enumeration(List.of("br", "gzip")))).as("on two lines").isTrue();
        assertThat(KeptCompression.accepted(Collections.enumeration(List.of()))).isFalse();
    }

    @Test
    void onlyWhatTomcatWouldCompressIsCompressed() {
        KeptCompression on = KeptCompression.of(new MockEnvironment().withProperty("server.compression.enabled", "true")
                .withProperty("server.compression.mime-types", "text/html,application/json")
                .withProperty("server.compression.min-response-size", "1KB"));
        assertThat(on.gzip("text/html;charset=UTF-8", PAGE)).isNotNull().hasSizeLessThan(PAGE.length / 10);
        assertThat(on.gzip("application/json", PAGE)).isNotNull();
        assertThat(on.gzip("image/png", PAGE)).as("another type").isNull();
        assertThat(on.gzip("text/html", new byte[1000])).as("under the minimum").isNull();
        assertThat(on.gzip("not a type", PAGE)).isNull();
        assertThat(on.gzip(null, PAGE)).isNull();
        KeptCompression off = KeptCompression.of(new MockEnvironment());
        assertThat(off.gzip("text/html", PAGE)).as("server.compression off, as by default").isNull();
    }
}
