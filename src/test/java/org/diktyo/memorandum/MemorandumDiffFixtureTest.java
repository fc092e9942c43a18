package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed from the demo's version 1 (2018) to version 2 («Αναθεώρηση 2024»), as the API's
 * JSON compare gives it in Greek, equals the checked-in fixture
 * {@code src/test/resources/memorandum/diff-1-2.el.json} clause by clause and segment by segment.
 * When it differs, the JSON found is written to {@code target/memorandum-diff-1-2.el.json} for a
 * person to read and, if right, to copy over the fixture.
 */
@MemorandumTest
class MemorandumDiffFixtureTest {

    static final String FIXTURE = "/memorandum/diff-1-2.el.json";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void theDiffOfVersionOneToTwoEqualsTheFixture() throws IOException {
        HttpResponse<String> response = new Http(port).get("/api/v1/memorandum/versions/2/diff?from=1&lang=el",
                TestAccounts.demoToken());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode actual = json.readTree(response.body());
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            expected = in == null ? null : json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (!actual.equals(expected)) {
            Files.writeString(Path.of("target", "memorandum-diff-1-2.el.json"), json.rebuild()
                    .enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(actual) + "\n");
        }
        assertThat(actual).as("the diff of version 1 → 2, see target/memorandum-diff-1-2.el.json").isEqualTo(expected);
    }
}
