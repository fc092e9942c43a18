package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PATCH /api/v1/meetings/{id}} changes only what it is given (JSON Merge Patch): the
 * fields left out keep their values, an explicit null empties a field that may be empty and
 * is refused for a required one — read back from the API.
 */
@DatabaseTest
class MeetingPatchTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    MeetingsClient client;
    String token;
    String meeting;
    String path;

    @BeforeEach
    void setUp() {
        client = new MeetingsClient(port, json);
        token = TestAccounts.demoToken();
        String tag = MeetingsClient.unique();
        HttpResponse<String> created = client.http.send("POST", "/api/v1/meetings", token, """
                {"kind":"WORKING_MEETING","titleEl":"Συνάντηση %1$s","titleEn":"Meeting %1$s",
                 "hostMunicipalityId":"athens","hostOfficialEl":"Ο Δήμαρχος Αθηναίων","hostOfficialEn":"The Mayor of Athens",
                 "visibility":"NETWORK","status":"ANNOUNCED","zone":"Europe/Athens"}""".formatted(tag));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        meeting = client.read(created).get("id").asString();
        path = "/api/v1/meetings/" + meeting;
    }

    JsonNode patch(String body, int status) {
        HttpResponse<String> response = client.http.send("PATCH", path, token, body, "Accept-Language", "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        return client.read(response);
    }

    JsonNode stored() {
        return client.read(client.http.get(path, token));
    }

    @Test
    void oneFieldSentChangesThatFieldOnly() {
        JsonNode before = stored();
        JsonNode after = patch("{\"titleEn\":\"Renamed meeting\"}", 200);
        assertThat(after.get("titleEn").asString()).isEqualTo("Renamed meeting");
        JsonNode read = stored();
        assertThat(read.get("titleEn").asString()).isEqualTo("Renamed meeting");
        for (String kept : new String[] {"kind", "titleEl", "hostMunicipalityId", "hostOfficialEl", "hostOfficialEn",
                "visibility", "status", "zone"}) {
            assertThat(read.get(kept)).as(kept).isEqualTo(before.get(kept));
        }
        assertThat(read.get("hostMunicipalityId").asString()).isEqualTo("athens");
        assertThat(read.get("hostOfficialEl").asString()).isEqualTo("Ο Δήμαρχος Αθηναίων");

        patch("{\"visibility\":\"PUBLIC\"}", 200);
        assertThat(stored().get("visibility").asString()).isEqualTo("PUBLIC");
        assertThat(stored().get("titleEn").asString()).isEqualTo("Renamed meeting");
        assertThat(patch("{}", 200).get("titleEl")).isEqualTo(before.get("titleEl"));
    }

    @Test
    void nullEmptiesAFieldThatMayBeEmpty() {
        JsonNode after = patch("{\"hostOfficialEn\":null,\"hostMunicipalityId\":null}", 200);
        assertThat(after.get("hostOfficialEn").isNull()).isTrue();
        JsonNode read = stored();
        assertThat(read.get("hostOfficialEn").isNull()).isTrue();
        assertThat(read.get("hostMunicipalityId").isNull()).isTrue();
        assertThat(read.get("hostOfficialEl").asString()).isEqualTo("Ο Δήμαρχος Αθηναίων");
    }

    @Test
    void nullForARequiredFieldAnUnknownFieldOrAWrongTypeIsRefusedAndNothingChanges() {
        JsonNode before = stored();
        JsonNode title = patch("{\"titleEl\":null,\"hostOfficialEn\":\"Changed\"}", 400);
        assertThat(title.get("errors").get(0).get("field").asString()).isEqualTo("titleEl");
        JsonNode status = patch("{\"status\":null}", 400);
        assertThat(status.get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(status.get("errors").get(0).get("detail").asString())
                .isEqualTo("This field cannot be emptied; leave it out to keep it as it is.");
        assertThat(status.get("errors").get(0).propertyNames()).as("the same order in every answer")
                .containsExactly("field", "detail");
        JsonNode unknown = patch("{\"titleEL\":\"Typo\"}", 400);
        assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("titleEL");
        JsonNode wrongType = patch("{\"kind\":\"NO_SUCH_KIND\"}", 400);
        assertThat(wrongType.get("errors").get(0).get("field").asString()).isEqualTo("kind");
        patch("[]", 400);
        assertThat(stored()).isEqualTo(before);
    }
}
