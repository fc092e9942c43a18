package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: a public page or the registry's JSON read without a session or a token carries an
 * ETag and {@code private, no-cache}, and comes back as a 304 without a body while unchanged; a
 * signed-in read and a page that opens a session stay {@code no-store}; static files are addressed
 * by their content's hash and kept for a year; pages go out compressed to a client that accepts it.
 */
@DatabaseTest
class PublicCachingTest {

    @LocalServerPort
    int port;

    @Test
    void anUnchangedPublicPageIsANotModified() {
        Http http = new Http(port);
        for (String path : new String[] {"/", "/municipalities/athens", "/api/v1/municipalities?size=500"}) {
            HttpResponse<String> first = http.get(path, null);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).contains("private, no-cache");
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            HttpResponse<String> again = http.get(path, null, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(http.get(path, null, "If-None-Match", "\"another\"").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void personalAnswersAreNotStored() {
        Http http = new Http(port);
        HttpResponse<String> signIn = http.get("/signin", null);
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID="));
        assertThat(signIn.headers().firstValue("Cache-Control")).contains(PublicCaching.NO_STORE);
        assertThat(signIn.headers().firstValue("ETag")).isEmpty();

        HttpResponse<String> withToken = http.get("/api/v1/municipalities?size=5", ErrorsOutsideControllersTest.TOKEN);
        assertThat(withToken.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(withToken.headers().firstValue("ETag")).isEmpty();

        HttpResponse<String> withSession = http.get("/", null, "Cookie", "JSESSIONID=someone");
        assertThat(withSession.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(withSession.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void staticFilesAreAddressedByTheirContentAndKeptForAYear() {
        Http http = new Http(port);
        String page = http.get("/", null).body();
        Matcher css = Pattern.compile("href=\"(/css/diktyo-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find()).as("the stylesheet's address carries its hash: " + page.substring(0, 900)).isTrue();
        HttpResponse<String> stylesheet = http.get(css.group(1), null);
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Cache-Control")).contains("max-age=31536000, public");
        Matcher govuk = Pattern.compile("href=\"(/webjars/[^\"]+\\.css)\"").matcher(page);
        assertThat(govuk.find()).isTrue();
        assertThat(http.get(govuk.group(1), null).statusCode()).isEqualTo(200);
    }

    @Test
    void pagesAreCompressedForAClientThatAcceptsIt() {
        HttpResponse<byte[]> page = new Http(port).bytes("/", null, "Accept-Encoding", "gzip");
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
    }
}
