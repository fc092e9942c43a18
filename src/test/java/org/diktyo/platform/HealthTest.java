package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/health} is UP when the database is: no SMTP relay runs here (as in the demo,
 * whose mail stays in the outbox), and that is not a reason to call the platform down.
 */
@DatabaseTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void healthLivenessAndReadinessAreUpWithoutAMailRelay() {
        Http http = new Http(port);
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = http.get(path, null);
            assertThat(health.statusCode()).as(path + " " + health.body()).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"");
        }
    }
}
