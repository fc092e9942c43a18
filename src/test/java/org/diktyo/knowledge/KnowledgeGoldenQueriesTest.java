package org.diktyo.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * The golden queries ({@code knowledge/golden/queries.tsv}) against the demo's entries through
 * the public API, on H2 and on PostgreSQL: each query finds the entry it names, or does not find
 * one the public may not read.
 */
@DatabaseTest
class KnowledgeGoldenQueriesTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void everyGoldenQueryFindsItsEntry() throws IOException {
        Http http = new Http(port);
        List<String> lines;
        try (var in = getClass().getResourceAsStream("/knowledge/golden/queries.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        SoftAssertions soft = new SoftAssertions();
        for (String line : lines) {
            String[] parts = line.split("\t");
            String q = parts[0];
            boolean absent = parts[1].startsWith("!");
            String expected = absent ? parts[1].substring(1) : parts[1];
            List<String> titles = new ArrayList<>();
            json.readTree(http.get("/api/v1/knowledge/entries?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                    null).body()).get("items").forEach(i -> titles.add(i.get("titleEl").asString()));
            if (absent) {
                soft.assertThat(titles).as("«" + q + "» must not find «" + expected + "»")
                        .noneMatch(t -> t.contains(expected));
            } else {
                soft.assertThat(titles).as("«" + q + "» finds «" + expected + "»").anyMatch(t -> t.contains(expected));
            }
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
        soft.assertAll();
    }
}
