package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import tools.jackson.databind.json.JsonMapper;

/**
 * Behind a reverse proxy at 127.0.0.1 named in {@code diktyo.trusted-proxies}, over the real
 * server: the reply-link guess limit is keyed on the client of {@code X-Forwarded-For}, a valid
 * link works whatever its address's mistakes, every 429 says when to come back, and a request
 * the proxy forwarded from HTTPS gets HSTS and a {@code Secure} session cookie. A client at
 * 127.0.0.2, not a trusted proxy, has its forwarded headers ignored.
 */
@DatabaseTest
@TestPropertySource(properties = "diktyo.trusted-proxies=127.0.0.1")
class BehindProxyTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    static String unknownToken(int i) {
        return "y".repeat(40) + String.format("%03d", i);
    }

    @Test
    void theGuessLimitIsKeyedOnTheClientAndNeverRefusesAValidLink() {
        Http http = new Http(port);
        InvitationFixture fx = new InvitationFixture(http, jdbc, json);
        String meeting = fx.meeting(40, 40);
        List<String> towns = fx.municipalities(250, 1);
        String campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "3");
        fx.sendAndWait(campaign);
        Map<String, String> tokens = fx.tokens(campaign);
        String valid = tokens.get(towns.get(0));

        for (int i = 0; i < 20; i++) {
            assertThat(http.get("/api/v1/rsvp/" + unknownToken(i), null, "X-Forwarded-For", "203.0.113.50").statusCode())
                    .isEqualTo(404);
        }
        HttpResponse<String> limited = http.get("/api/v1/rsvp/" + unknownToken(20), null,
                "X-Forwarded-For", "203.0.113.50");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Πάρα πολλοί άκυροι σύνδεσμοι");
        assertThat(limited.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                s -> assertThat(s).isBetween(1L, 60L));
        HttpResponse<String> page = http.get("/r/" + unknownToken(21), null, "X-Forwarded-For", "203.0.113.50");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();

        assertThat(http.get("/api/v1/rsvp/" + valid, null, "X-Forwarded-For", "203.0.113.50").statusCode())
                .as("a valid link works even from an address over the limit").isEqualTo(200);
        assertThat(http.get("/r/" + valid, null, "X-Forwarded-For", "203.0.113.50").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/rsvp/" + unknownToken(22), null, "X-Forwarded-For", "203.0.113.51").statusCode())
                .as("another client behind the same proxy is not limited").isEqualTo(404);
        assertThat(http.get("/api/v1/rsvp/" + unknownToken(23), null, "X-Forwarded-For", "198.51.100.9, 203.0.113.52")
                .statusCode()).as("the address the proxy saw, not one the client claimed").isEqualTo(404);
    }

    @Test
    void httpsForwardedByTheProxyGetsHstsAndASecureCookie() {
        Http http = new Http(port);
        HttpResponse<String> secure = http.get("/signin", null, "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.60");
        assertThat(secure.statusCode()).isEqualTo(200);
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                h -> assertThat(h).contains("max-age="));
        assertThat(sessionCookie(secure.headers().allValues("Set-Cookie"))).contains("; Secure");

        HttpResponse<String> plain = http.get("/signin", null);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(plain.headers().allValues("Set-Cookie"))).doesNotContain("Secure");
    }

    @Test
    void theLanguageCookieIsSecureUnderHttpsToo() {
        Http http = new Http(port);
        HttpResponse<String> secure = http.get("/?lang=en", null, "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.61");
        assertThat(languageCookie(secure.headers().allValues("Set-Cookie"))).contains("; Secure");
        HttpResponse<String> plain = http.get("/?lang=en", null);
        assertThat(languageCookie(plain.headers().allValues("Set-Cookie"))).doesNotContain("Secure");
    }

    static String languageCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("diktyo-lang=")).findFirst()
                .orElseThrow(() -> new AssertionError("no language cookie in " + setCookies));
    }

    @Test
    void anUntrustedSourceHasItsForwardedHeadersIgnored() throws IOException {
        String response = fromUntrusted("/signin", "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.70\r\n");
        assertThat(response).startsWith("HTTP/1.1 200");
        assertThat(response).doesNotContainIgnoringCase("Strict-Transport-Security");
        assertThat(sessionCookie(response.lines().filter(l -> l.regionMatches(true, 0, "Set-Cookie:", 0, 11)).toList()))
                .doesNotContain("Secure");

        for (int i = 0; i < 20; i++) {
            assertThat(fromUntrusted("/api/v1/rsvp/" + unknownToken(100 + i), "X-Forwarded-For: 203.0.113." + (71 + i) + "\r\n"))
                    .startsWith("HTTP/1.1 404");
        }
        String limited = fromUntrusted("/api/v1/rsvp/" + unknownToken(120), "X-Forwarded-For: 203.0.113.99\r\n");
        assertThat(limited).as("counted against 127.0.0.2 whatever it claims").startsWith("HTTP/1.1 429")
                .containsIgnoringCase("Retry-After:");
    }

    static String sessionCookie(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.contains("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }

    /** A GET over a socket from 127.0.0.2, an address of this machine that is no trusted proxy. */
    String fromUntrusted(String path, String headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(15000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + headers
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
