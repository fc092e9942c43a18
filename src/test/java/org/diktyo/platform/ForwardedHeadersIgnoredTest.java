package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With the production default (no {@code diktyo.trusted-proxies}), forwarded headers are
 * believed from nobody, not even from this machine: no client can pass for HTTPS or for
 * another address.
 */
@DatabaseTest
class ForwardedHeadersIgnoredTest {

    @LocalServerPort
    int port;

    @Test
    void noProxyIsTrustedByDefault() {
        HttpResponse<String> response = new Http(port).get("/signin", null, "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.80");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID="))
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }
}
