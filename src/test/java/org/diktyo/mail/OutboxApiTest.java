package org.diktyo.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.TestSmtp;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/outbox}: the secretariat only; paged and filtered; bad parameters answered with
 * a problem detail; a message a relay refuses for good is FAILED at once with the reason, and
 * can be sent again.
 */
@DatabaseTest
class OutboxApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void onlyTheSecretariatSeesTheOutbox() {
        HttpResponse<String> anonymous = http.get("/api/v1/outbox", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        for (Role role : List.of(Role.PARTNER, Role.FOCAL_POINT)) {
            String token = accounts.tokenFor(role, role == Role.FOCAL_POINT ? "athens" : null);
            HttpResponse<String> refused = http.get("/api/v1/outbox", token);
            assertThat(refused.statusCode()).as(role.name()).isEqualTo(403);
            assertThat(read(refused).path("status").asInt()).isEqualTo(403);
            assertThat(http.get("/api/v1/outbox/1", token).statusCode()).isEqualTo(403);
            assertThat(http.send("POST", "/api/v1/outbox/1/resend", token, null).statusCode()).isEqualTo(403);
        }
        assertThat(http.get("/api/v1/outbox", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void badQueryParametersAreAnsweredWithAProblemDetail() {
        String token = TestAccounts.demoToken();
        HttpResponse<String> size = http.get("/api/v1/outbox?size=0&page=-1&purpose=No%20Such", token);
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = read(size);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("purpose", "page", "size");

        HttpResponse<String> status = http.get("/api/v1/outbox?status=LOST", token, "Accept-Language", "en");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(read(status).path("errors").findValuesAsString("field")).containsExactly("status");
        assertThat(read(status).path("detail").asString()).as("in English").doesNotContainPattern("[\\u0370-\\u03FF]");

        assertThat(http.get("/api/v1/outbox?page=abc", token).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/outbox/999999999", token).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/outbox/not-an-id", token).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/outbox?size=201", token).statusCode()).isEqualTo(400);
    }

    @Test
    void aMessageTheRelayRefusesForGoodFailsAtOnceWithTheReasonAndCanBeSentAgain() throws Exception {
        String token = TestAccounts.demoToken();
        // The refusing relay stays up to the end, so that nothing this test queued is left to be delivered later.
        try (RefusingRelay relay = new RefusingRelay(TestSmtp.port())) {
            long id = outbox.queue(new OutgoingMail("nobody@refused.test", List.of(), "Δοκιμή άρνησης", "Κείμενο.", null,
                    List.of(), "api-test", "api-test-refused"));
            assertThat(awaitFailed(id)).isTrue();
            OutboxEntry failed = outbox.entry(id).orElseThrow();
            assertThat(failed.attempts()).as("refused for good: not retried").isEqualTo(1);
            assertThat(failed.lastErrorKind()).isEqualTo(FailureKind.RECIPIENT);
            assertThat(failed.lastError()).contains("550 5.1.1");

            JsonNode page = read(http.get("/api/v1/outbox?status=FAILED&purpose=api-test&size=5", token));
            assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(page.path("size").asInt()).isEqualTo(5);
            JsonNode first = page.path("items").get(0);
            assertThat(first.path("id").asString()).isEqualTo(String.valueOf(id));
            assertThat(first.path("status").asString()).isEqualTo("FAILED");
            assertThat(first.path("lastErrorKind").asString()).isEqualTo("RECIPIENT");
            assertThat(first.path("attempts").asInt()).isEqualTo(1);
            assertThat(first.path("messageId").asString()).isEqualTo(failed.messageId());
            assertThat(first.has("text")).as("lists leave the bodies out").isFalse();
            assertThat(read(http.get("/api/v1/outbox?status=SENT&purpose=api-test", token)).path("items")
                    .findValuesAsString("id")).doesNotContain(String.valueOf(id));

            JsonNode one = read(http.get("/api/v1/outbox/" + id, token));
            assertThat(one.path("text").asString()).isEqualTo("Κείμενο.");
            assertThat(one.path("html").asString()).isEqualTo("<p>Κείμενο.</p>");

            // Retried: the same message (same Message-ID), due again — and refused again by this relay.
            HttpResponse<String> retried = http.send("POST", "/api/v1/outbox/" + id + "/retry", token, null);
            assertThat(retried.statusCode()).isEqualTo(200);
            assertThat(read(retried).path("messageId").asString()).isEqualTo(failed.messageId());
            assertThat(Mailboxes.await(Duration.ofSeconds(20), () -> outbox.entry(id).orElseThrow().lastAttemptAt()
                    .isAfter(failed.lastAttemptAt()) && outbox.entry(id).orElseThrow().status() == DeliveryStatus.FAILED))
                    .as("tried again").isTrue();
            HttpResponse<String> notFailed = http.send("POST", "/api/v1/outbox/" + copyOf(id, token) + "/retry", token, null);
            assertThat(List.of(200, 409)).contains(notFailed.statusCode());

            assertThat(outbox.byReference("api-test-refused")).hasSize(2);
            assertThat(Mailboxes.await(Duration.ofSeconds(20), () -> outbox.byReference("api-test-refused").stream()
                    .allMatch(e -> e.status() == DeliveryStatus.FAILED))).isTrue();
        }
    }

    /** Resends a copy over the API: a new message, a new Message-ID, the same reference. */
    private long copyOf(long id, String token) {
        HttpResponse<String> copy = http.send("POST", "/api/v1/outbox/" + id + "/resend", token, null);
        assertThat(copy.statusCode()).isEqualTo(201);
        JsonNode body = read(copy);
        assertThat(body.path("messageId").asString()).isNotEqualTo(outbox.entry(id).orElseThrow().messageId());
        assertThat(body.path("reference").asString()).isEqualTo("api-test-refused");
        assertThat(copy.headers().firstValue("Location")).hasValue("/api/v1/outbox/" + body.path("id").asString());
        return Long.parseLong(body.path("id").asString());
    }

    private boolean awaitFailed(long id) {
        return Mailboxes.await(Duration.ofSeconds(20), () -> outbox.entry(id).orElseThrow().status() == DeliveryStatus.FAILED);
    }

    @Test
    void theOpenApiDocumentDescribesTheOutbox() {
        HttpResponse<String> docs = http.get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = read(docs).path("paths");
        assertThat(paths.has("/api/v1/outbox")).isTrue();
        JsonNode list = paths.path("/api/v1/outbox").path("get");
        assertThat(list.path("parameters").findValuesAsString("name")).contains("status", "purpose", "page", "size");
        assertThat(paths.has("/api/v1/outbox/{id}/retry")).isTrue();
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
