package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.ViewResolver;

/** Pages are rendered into bytes and written once (BufferedPages), whole and in UTF-8. */
@DatabaseTest
class BufferedPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ViewResolver jteViewResolver;

    @Test
    void theTemplatesViewsAreTheBufferedOnes() throws Exception {
        assertThat(jteViewResolver.resolveViewName("invitations/reply", Locale.ENGLISH))
                .isInstanceOf(BufferedPages.BufferedView.class);
    }

    @Test
    void aPageArrivesWholeWithItsLengthInUtf8() {
        HttpResponse<String> page = new Http(port).get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).contains("text/html").containsIgnoringCase("UTF-8");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("lang=\"el\"").containsPattern("\\p{IsGreek}{6,}");
        assertThat(page.body().strip()).endsWith("</html>");
        assertThat(page.headers().firstValueAsLong("Content-Length").orElse(-1))
                .isEqualTo(page.body().getBytes(StandardCharsets.UTF_8).length);
    }
}
