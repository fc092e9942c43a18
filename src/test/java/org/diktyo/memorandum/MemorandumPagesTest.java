package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's memorandum as a reader finds it: version 1 of 2018 in force for everyone, in Greek
 * and English; the revision of 2024 in consultation only for those signed in, with its
 * amendments, and compared with version 1 on a page and as JSON.
 */
@MemorandumTest
class MemorandumPagesTest {

    static final String TOKEN = TestAccounts.demoToken();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void theVersionInForceIsPublicInGreekAndEnglish() {
        Http http = new Http(port);
        HttpResponse<String> page = http.get("/memorandum", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Μνημόνιο Συνεργασίας 2018", "Άξονας 1 — Ανταλλαγή τεχνογνωσίας και ενίσχυση ικανοτήτων",
                "Σε περίπτωση απόκλισης υπερισχύει το ελληνικό κείμενο.", "Δευτέρα 15 Ιανουαρίου 2018")
                .doesNotContain("Αναθεώρηση 2024");
        assertThat(http.get("/memorandum?lang=en", null).body())
                .contains("Axis 1 — Exchange of know-how and capacity building", "the Greek text prevails");

        JsonNode versions = json.readTree(http.get("/api/v1/memorandum/versions", null).body());
        assertThat(versions.get("total").asInt()).as("the public reads what is in force").isEqualTo(1);
        assertThat(http.get("/api/v1/memorandum/versions/2", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/memorandum/versions/2", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/memorandum/versions/2/compare", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/memorandum/versions/2/amendments", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theRevisionInConsultationIsComparedWithVersionOneForThoseSignedIn() throws Exception {
        Http http = new Http(port);
        JsonNode diff = json.readTree(http.get("/api/v1/memorandum/versions/2/diff?from=1", TOKEN).body());
        StringBuilder ops = new StringBuilder();
        diff.get("clauses").forEach(c -> ops.append(c.get("key").asString()).append(':').append(c.get("op").asString()).append(' '));
        assertThat(ops.toString().trim()).isEqualTo("preamble:SAME art.1:CHANGED axis.know-how:DELETED"
                + " axis.good-practices:DELETED axis.joint-policy:DELETED axis.fundraising:DELETED"
                + " axis.labour-market:ADDED axis.centre-and-regions:ADDED axis.integration-bodies:ADDED"
                + " axis.intercultural:ADDED");

        JsonNode amendments = json.readTree(http.get("/api/v1/memorandum/versions/2/amendments", TOKEN).body());
        assertThat(amendments).hasSize(2);
        JsonNode athens = amendments.get(0);
        assertThat(athens.get("municipalityId").asString()).isEqualTo("athens");
        assertThat(athens.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(athens.get("supports").asInt()).isEqualTo(1);
        assertThat(athens.get("objections").asInt()).isEqualTo(1);

        var session = org.diktyo.PageSignIn.secretariat(mvc);
        String compare = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/memorandum/versions/2/compare").session(session)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(compare).contains("Τι άλλαξε: «Μνημόνιο Συνεργασίας 2018» → «Αναθεώρηση 2024»",
                "<ins><span class=\"govuk-visually-hidden\">προστέθηκε: </span>η διάδοση καλών πρακτικών </ins>",
                "<del><span class=\"govuk-visually-hidden\">διαγράφηκε: </span>Οι δήμοι καταγράφουν");
        String version = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/memorandum/versions/2").session(session)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(version).contains("Αναθεώρηση 2024", "Σε διαβούλευση", "Μία τροπολογία");
    }

    @Test
    void theVersionInForceIsAPdfWithItsClausesInOrderAndHeadingsWithoutTonos() {
        Http http = new Http(port);
        HttpResponse<byte[]> greek = http.bytes("/api/v1/memorandum/versions/1.pdf", null);
        assertThat(greek.statusCode()).isEqualTo(200);
        assertThat(greek.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = org.diktyo.documents.Pdfs.text(greek.body());
        assertThat(text).containsSubsequence("ΠΡΟΟΙΜΙΟ", "ΑΡΘΡΟ 1 — ΣΚΟΠΟΣ", "ΑΞΟΝΑΣ 1 — ΑΝΤΑΛΛΑΓΗ ΤΕΧΝΟΓΝΩΣΙΑΣ",
                "ΑΞΟΝΑΣ 2 — ΠΡΟΩΘΗΣΗ ΚΑΛΩΝ ΠΡΑΚΤΙΚΩΝ", "ΑΞΟΝΑΣ 3", "ΑΞΟΝΑΣ 4 — ΑΝΤΛΗΣΗ ΠΟΡΩΝ")
                .contains("Σε περίπτωση απόκλισης υπερισχύει το ελληνικό κείμενο")
                .doesNotContain("ΆΡΘΡΟ", "ΆΞΟΝΑΣ");
        assertThat(org.diktyo.documents.Pdfs.veraPdfFailures(greek.body(),
                org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_3_A)).isEmpty();
        String english = org.diktyo.documents.Pdfs.text(http.bytes("/api/v1/memorandum/versions/1.pdf?lang=en", null).body());
        assertThat(english).contains("ARTICLE 1 — PURPOSE", "In case of discrepancy, the Greek text prevails");
        assertThat(http.bytes("/api/v1/memorandum/versions/2.pdf", null).statusCode()).as("a draft is not public").isEqualTo(404);
        assertThat(http.get("/memorandum/versions/1.pdf?lang=xx", null).statusCode()).isEqualTo(400);
    }
}
