package org.diktyo.memorandum;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the memorandum of the shared test database into the state a test needs, through the API
 * as the secretariat: the memorandum is one of a kind, so each step starts by abandoning the
 * version being worked on, whatever an earlier test left.
 */
public final class MemorandumFixture {

    static final String TOKEN = TestAccounts.demoToken();

    private final Http http;
    private final JsonMapper json;

    public MemorandumFixture(Http http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    /** No version is being worked on: the open one, if any, is abandoned. */
    public void noOpenVersion() {
        for (JsonNode v : ok(http.get("/api/v1/memorandum/versions?size=100", TOKEN), 200).get("items")) {
            String state = v.get("state").asString();
            if (state.equals("DRAFT") || state.equals("CONSULTATION") || state.equals("FROZEN")) {
                ok(http.send("POST", "/api/v1/memorandum/versions/" + v.get("number").asInt() + "/abandon", TOKEN, null), 200);
            }
        }
    }

    /** A new version in DRAFT; its number. */
    public int draft() {
        noOpenVersion();
        return ok(http.send("POST", "/api/v1/memorandum/versions", TOKEN,
                "{\"labelEl\":\"Αναθεώρηση δοκιμής\",\"labelEn\":\"Test revision\",\"changelogEl\":\"Δοκιμή.\",\"changelogEn\":\"Test.\"}"),
                201).get("number").asInt();
    }

    /** A new version in consultation until 30 days from now; its number. */
    public int inConsultation() {
        int number = draft();
        ok(http.send("POST", "/api/v1/memorandum/versions/" + number + "/open-consultation", TOKEN,
                "{\"closesOn\":\"" + Today.inAthens().plusDays(30) + "\"}"), 200);
        return number;
    }

    /** A new version frozen (no amendments); its number. */
    public int frozen() {
        int number = draft();
        ok(http.send("POST", "/api/v1/memorandum/versions/" + number + "/freeze", TOKEN, null), 200);
        return number;
    }

    /** A clause of a version: its JSON (key, texts, revision). */
    public JsonNode clause(int number, String key) {
        for (JsonNode c : ok(http.get("/api/v1/memorandum/versions/" + number + "/clauses", TOKEN), 200)) {
            if (c.get("key").asString().equals(key)) {
                return c;
            }
        }
        throw new AssertionError("no clause " + key + " in version " + number);
    }

    /** A valid proposal of {@code kind} by {@code municipality} on {@code key} of version {@code number}. */
    public String proposal(int number, String municipality, String kind, String key) {
        String revision = clause(number, key).get("revision").asString();
        return """
                {"municipalityId":"%s","kind":"%s","clauseKey":"%s","baseRevision":"%s","headingEl":"Τίτλος",
                 "headingEn":"Heading","textEl":"Νέο κείμενο του άρθρου.","textEn":"New text.",
                 "justification":"Για σαφήνεια.","cosponsors":[]}""".formatted(municipality, kind, key, revision);
    }

    /** A submitted amendment of Athens replacing the preamble of a new version in consultation; its id. */
    public String submittedAmendment() {
        int number = inConsultation();
        String id = ok(http.send("POST", "/api/v1/memorandum/versions/" + number + "/amendments", TOKEN,
                proposal(number, "athens", "REPLACE", "preamble")), 201).get("id").asString();
        ok(http.send("POST", "/api/v1/amendments/" + id + "/submit", TOKEN, null), 200);
        return id;
    }

    /** {@code municipality}'s adoption of a new frozen version, recorded by the secretariat with a signed copy; its path. */
    public String signedAdoption(String municipality) {
        return signedAdoption(frozen(), municipality);
    }

    /** {@code municipality}'s adoption of version {@code number}, recorded by the secretariat with a signed copy; its path. */
    public String signedAdoption(int number, String municipality) {
        String path = "/api/v1/memorandum/versions/" + number + "/adoptions/" + municipality;
        ok(http.send("PUT", path, TOKEN, """
                {"decisionNumber":"12","decisionDate":"%s","signatoryName":"Δήμαρχος","signatoryCapacity":"MAYOR",
                 "signedOn":"%s"}""".formatted(Today.inAthens(), Today.inAthens())), 200);
        try (var in = getClass().getResourceAsStream("/demo/memorandum-axes.pdf")) {
            ok(http.upload(path + "/signed-copy", TOKEN, "copy.pdf", in.readAllBytes(), new String[0]), 200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return path;
    }

    /** {@code municipality}'s adoption of a new frozen version, signed and verified by the secretariat; its path. */
    public String verifiedAdoption(String municipality) {
        String path = signedAdoption(municipality);
        ok(http.send("POST", path + "/verify", TOKEN, null), 200);
        return path;
    }

    public JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri() + " → " + response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }
}
