package org.diktyo.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.documents.SignedPdfs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A correction after signatures: the comparison page shows what changed word by word (drafting's
 * diff), reached from the mayor's reconfirmation link and from the focal point's list; the mail
 * says so. Confirming again by one click keeps the earlier signature, the hash it signed and its
 * letter, in the signature's history (API and tracker). The secretariat uploads a municipality's
 * signed letter on its page (PAdES checked, audited); Athens' focal point may not, nothing written.
 */
@DatabaseTest
class PositionCorrectionsTest {

    static final String TOKEN = TestAccounts.demoToken();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void theCorrectionIsShownWordByWordAndTheEarlierSignatureIsKept() throws Exception {
        Http http = new Http(port);
        PositionFixture fixture = new PositionFixture(http, json);
        String id = fixture.open(10, 1);
        String base = "/api/v1/positions/" + id;
        String hash = fixture.hash(id);
        String thessaloniki = accounts.tokenFor(Role.FOCAL_POINT, "thessaloniki");
        JsonNode letter = fixture.ok(http.upload(base + "/signatures/thessaloniki/letter", thessaloniki, "scan.pdf",
                SignedPdfs.unsigned(), new String[0]), 200);
        assertThat(letter.get("signature").get("method").asString()).isEqualTo("SIGNED_LETTER");
        String file = jdbc.queryForObject("select letter_file_id from joint_position_signature where position_id = ?"
                + " and municipality_id = 'thessaloniki'", String.class, id);
        fixture.ok(http.send("PUT", base + "/signatures/athens", TOKEN, "{\"textHash\":\"" + hash + "\"}"), 200);
        assertThat(page(get("/positions/" + id + "/changes").session(PageSignIn.secretariat(mvc)), 200))
                .contains("id=\"no-changes\"");

        String newHash = fixture.ok(http.send("POST", base + "/correct", TOKEN, """
                {"clauseKey":"p.1","textEl":"Ζητούμε δύο θέσεις στην επιτροπή.","textEn":"We ask for two seats on the committee.",
                 "reason":"Ο αριθμός των θέσεων."}"""), 200).get("position").get("textHash").asString();
        String mail = jdbc.queryForList("select body_text from mail_outbox where purpose = 'position-signature'"
                + " and reference = ? order by id desc", String.class, id + "/thessaloniki").get(0);
        assertThat(mail).contains("λέξη προς λέξη", "word by word");
        Matcher link = PositionPagesTest.LINK.matcher(mail);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(page(get("/positions/sign/" + token), 200)).contains("href=\"/positions/sign/" + token + "/changes\"");
        String changes = page(get("/positions/sign/" + token + "/changes"), 200);
        assertThat(changes).contains("Ο αριθμός των θέσεων.", "Παράγραφος 1", "<del><span class=\"govuk-visually-hidden\">"
                + "διαγράφηκε: </span>θέση</del>", "<ins><span class=\"govuk-visually-hidden\">προστέθηκε: </span>δύο</ins>")
                .doesNotContain("Παράγραφος 2");
        assertThat(page(get("/positions/sign/" + token + "/changes?lang=en"), 200)).contains("<del>", "<ins>", "two");
        assertThat(mvc.perform(get("/positions/sign/" + "x".repeat(43) + "/changes")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/positions/" + id + "/changes")).andReturn().getResponse().getStatus())
                .as("not sent: not for the public").isEqualTo(404);
        MockHttpSession focalPoint = PageSignIn.as(mvc, "thessaloniki@diktyo.example", TestAccounts.demoPassword());
        assertThat(page(get("/account/positions").session(focalPoint), 200)).contains("/positions/" + id + "/changes");
        assertThat(page(get("/positions/" + id + "/changes").session(focalPoint), 200)).contains("δύο");

        fixture.ok(http.send("PUT", base + "/signatures/thessaloniki", thessaloniki, "{\"textHash\":\"" + newHash + "\"}"), 200);
        JsonNode history = fixture.ok(http.get(base + "/signatures/thessaloniki/history", thessaloniki), 200);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("textHash").asString()).isEqualTo(hash);
        assertThat(history.get(0).get("method").asString()).isEqualTo("SIGNED_LETTER");
        assertThat(history.get(0).get("letter").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from stored_file where id = ?", Integer.class, file))
                .as("the earlier letter is kept").isEqualTo(1);
        assertThat(jdbc.queryForObject("select letter_file_id from joint_position_signature where position_id = ?"
                + " and municipality_id = 'thessaloniki'", String.class, id)).as("the click signs without a letter").isNull();
        assertThat(http.get(base + "/signatures/thessaloniki/history", null).statusCode()).isEqualTo(401);
        assertThat(page(get("/admin/positions/" + id).session(PageSignIn.secretariat(mvc)), 200))
                .contains("earlier-thessaloniki", hash.substring(0, 12));
    }

    @Test
    void theSecretariatUploadsAMunicipalitysLetterOnItsBehalfAudited() throws Exception {
        String id = new PositionFixture(new Http(port), json).open(10, 1);
        String upload = "/admin/positions/" + id + "/signatures/thessaloniki/upload";
        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        assertThat(page(get("/admin/positions/" + id).session(secretariat), 200)).contains("href=\"" + upload + "\"");
        assertThat(page(get(upload).session(secretariat), 200)).contains("for=\"f-file\"", "enctype=\"multipart/form-data\"");
        long audited = jdbc.queryForObject("select count(*) from audit_event where action = 'positions.signed-letter-upload'",
                Long.class);
        byte[] signed = SignedPdfs.signed();
        MvcResult broken = mvc.perform(multipart(upload).file(new MockMultipartFile("file", "l.pdf", "application/pdf",
                SignedPdfs.broken(signed))).session(secretariat).with(csrf().asHeader())).andReturn();
        assertThat(broken.getResponse().getStatus()).isEqualTo(200);
        assertThat(broken.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("id=\"refusal\"", "αλλοιωθεί");
        assertThat(signatures(id)).as("nothing written").isZero();

        MockHttpSession athens = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(mvc.perform(get(upload).session(athens)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(multipart(upload).file(new MockMultipartFile("file", "l.pdf", "application/pdf", signed))
                .session(athens).with(csrf().asHeader())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(signatures(id)).as("Athens acting for Thessaloniki: nothing written").isZero();

        MvcResult ok = mvc.perform(multipart(upload).file(new MockMultipartFile("file", "l.pdf", "application/pdf", signed))
                .session(secretariat).with(csrf().asHeader())).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/admin/positions/" + id);
        assertThat(jdbc.queryForObject("select method from joint_position_signature where position_id = ?"
                + " and municipality_id = 'thessaloniki'", String.class, id)).isEqualTo("PADES_LETTER");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'positions.signed-letter-upload'",
                Long.class)).isEqualTo(audited + 1);
    }

    private int signatures(String id) {
        return jdbc.queryForObject("select count(*) from joint_position_signature where position_id = ?", Integer.class, id);
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
