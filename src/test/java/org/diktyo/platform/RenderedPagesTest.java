package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.diktyo.DatabaseEngine;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/**
 * ADR 0031 (pages kept for 60 s here, so that only a change can explain a new page): an anonymous GET of a kept page is answered from memory with the same status, body
 * and headers (its content security policy, its ETag; a {@code 304} for a matching one); a change
 * of the database, made on a connection of its own (on PostgreSQL outside the application, as
 * another instance would), is seen at once; a signed-in visitor, a method other than GET and a
 * page with a form (a session for its CSRF token) are never kept, and no cookie is replayed.
 */
@DatabaseTest
@TestPropertySource(properties = {"diktyo.pages.kept=true", "diktyo.pages.max-age=60s"})
@Import(RenderedPagesTest.AlsoTheSignInPage.class)
class RenderedPagesTest {

    private static final String ATHENS = "/municipalities/athens";
    private static final String MARK = " KEPT-TEST";

    @LocalServerPort
    int port;

    @Autowired
    RenderedPages pages;

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    /** As if a module declared a page with a form as kept: it must still not be. */
    @TestConfiguration
    static class AlsoTheSignInPage {
        @Bean
        KeptPages signInKept() {
            return KeptPages.of("/signin");
        }
    }

    @Test
    void aSecondReadIsAnsweredFromMemoryWithTheSameHeaders() {
        Http http = new Http(port);
        HttpResponse<String> first = KeptReads.keptAfterMiss(http, pages, ATHENS).made();
        HttpResponse<String> kept = http.get(ATHENS, null);
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.body()).isEqualTo(first.body());
        for (String header : new String[] {"Content-Security-Policy", "ETag", "Cache-Control", "Content-Type",
                "X-Frame-Options", "Referrer-Policy"}) {
            assertThat(kept.headers().allValues(header)).as(header).isNotEmpty()
                    .isEqualTo(first.headers().allValues(header));
        }
        assertThat(kept.headers().allValues("Set-Cookie")).isEmpty();
        long hits = pages.hits();
        HttpResponse<String> unchanged = http.get(ATHENS, null, "If-None-Match", kept.headers().firstValue("ETag").get());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(pages.hits()).as("the 304 from memory").isGreaterThan(hits);
        HttpResponse<String> english = http.get(ATHENS, null, "Cookie", "diktyo-lang=en");
        assertThat(english.body()).as("the language is part of the key").isNotEqualTo(first.body())
                .contains("lang=\"en\"");
    }

    @Test
    void aClientThatAcceptsGzipGetsTheCopyMadeOnceAnotherThePlainPage() throws IOException {
        Http http = new Http(port);
        HttpResponse<String> first = KeptReads.keptAfterMiss(http, pages, ATHENS).made();
        HttpResponse<byte[]> gzipped = KeptReads.fromMemory(pages,
                () -> http.bytes(ATHENS, null, "Accept-Encoding", "br, gzip;q=0.8"));
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValueAsLong("Content-Length")).hasValue(gzipped.body().length);
        assertThat(String.join(",", gzipped.headers().allValues("Vary"))).containsIgnoringCase("accept-encoding");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first.body());
        }
        assertThat(gzipped.body().length).isLessThan(first.body().getBytes(StandardCharsets.UTF_8).length / 2);
        HttpResponse<String> refused = KeptReads.fromMemory(pages,
                () -> http.get(ATHENS, null, "Accept-Encoding", "gzip;q=0, identity"));
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(first.body());
    }

    @Test
    void aChangeOfTheDatabaseOnAnotherConnectionIsSeen() throws Exception {
        Http http = new Http(port);
        KeptReads.keptAfterMiss(http, pages, ATHENS);
        try {
            write("update municipality set official_name_el = official_name_el || '" + MARK + "', version = version + 1"
                    + " where id = 'athens'");
            assertThat(shows(http, ATHENS, true)).as("seen within PostgreSQL's recheck, long before the page's age (60 s)").isTrue();
        } finally {
            write("update municipality set official_name_el = replace(official_name_el, '" + MARK + "', ''), version = version + 1"
                    + " where id = 'athens'");
        }
        assertThat(shows(http, ATHENS, false)).as("and the change back").isTrue();
    }

    /** At once on H2; on PostgreSQL at the latest after {@code diktyo.pages.recheck} (100 ms). */
    private static boolean shows(Http http, String path, boolean mark) throws InterruptedException {
        long until = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < until) {
            if (http.get(path, null).body().contains(MARK) == mark) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Test
    void signedInVisitorsOtherMethodsAndFormsAreNeverKept() {
        Http http = new Http(port);
        KeptReads.keptAfterMiss(http, pages, "/");
        long hits = pages.hits();
        long stored = pages.stored();
        HttpResponse<String> withSession = http.get("/", null, "Cookie", "JSESSIONID=someone");
        assertThat(withSession.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(http.send("HEAD", "/", null, null).statusCode()).isEqualTo(200);
        assertThat(http.send("POST", "/", null, null).statusCode()).isEqualTo(403);
        HttpResponse<String> form = http.get("/signin", null);
        HttpResponse<String> formAgain = http.get("/signin", null);
        assertThat(form.body()).contains("name=\"_csrf\"");
        assertThat(formAgain.headers().allValues("Set-Cookie")).as("a session of its own, not the first one's")
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="))
                .doesNotContainAnyElementsOf(form.headers().allValues("Set-Cookie"));
        assertThat(pages.hits()).as("nothing answered from memory").isEqualTo(hits);
        assertThat(pages.stored()).as("nothing kept").isEqualTo(stored);
    }

    /** On PostgreSQL a connection of its own, outside the application; on H2 (embedded) one of its pool, by plain JDBC. */
    private void write(String sql) throws Exception {
        try (Connection c = DatabaseEngine.postgresql()
                ? DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                        environment.getRequiredProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password", ""))
                : dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
