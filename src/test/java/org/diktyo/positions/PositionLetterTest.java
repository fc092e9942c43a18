package org.diktyo.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.net.http.HttpResponse;
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
 * A municipality signs a position with the letter its mayor signed (issue 14): signed
 * electronically, the letter is checked with EU DSS and the signature is PADES_LETTER with the
 * signer shown; a scan is SIGNED_LETTER; a broken signature or a letter changed after signing is
 * refused with 422 and a reason in the reader's language, an encrypted PDF with 415, nothing
 * written; another municipality's focal point and a partner are refused. The letter is read back
 * by the focal point (audited); the mayor's link page and the focal point's list redisplay the
 * refusal; the secretariat's tracker shows the check.
 */
@DatabaseTest
class PositionLetterTest {

    static final String SECRETARIAT = TestAccounts.demoToken();

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
    void aSignedLetterSignsAndABrokenOneIsRefused() throws Exception {
        Http http = new Http(port);
        PositionFixture fixture = new PositionFixture(http, json);
        String id = fixture.open(10, 2);
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String thessaloniki = accounts.tokenFor(Role.FOCAL_POINT, "thessaloniki");
        String partner = accounts.tokenFor(Role.PARTNER, null);
        String path = "/api/v1/positions/" + id + "/signatures/athens/letter";
        byte[] signed = SignedPdfs.signed();
        long files = count("stored_file");

        assertThat(http.upload(path, thessaloniki, "l.pdf", signed, new String[0]).statusCode()).isEqualTo(404);
        assertThat(http.upload(path, partner, "l.pdf", signed, new String[0]).statusCode()).isEqualTo(403);
        HttpResponse<String> broken = http.upload(path, athens, "l.pdf", SignedPdfs.broken(signed), new String[0]);
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(broken.body()).contains("αλλοιωθεί", "Το περιεχόμενο δεν γίνεται δεκτό");
        assertThat(http.upload(path, athens, "l.pdf", SignedPdfs.broken(signed), new String[0], "Accept-Language", "en")
                .body()).contains("the signed data were altered");
        HttpResponse<String> changed = http.upload(path, athens, "l.pdf", SignedPdfs.changedAfterSigning(signed),
                new String[0]);
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(changed.body()).contains("άλλαξε μετά την ηλεκτρονική υπογραφή");
        assertThat(http.upload(path, athens, "l.pdf", SignedPdfs.encrypted(), new String[0]).statusCode()).isEqualTo(415);
        assertThat(http.upload(path, athens, "l.pdf", "%PDF-1.7 not a pdf".getBytes(StandardCharsets.US_ASCII),
                new String[0]).statusCode()).isEqualTo(415);
        assertThat(signatures(id)).as("nothing written").isZero();
        assertThat(count("stored_file")).isEqualTo(files);
        assertThat(http.get(path, athens).statusCode()).isEqualTo(404);

        JsonNode out = fixture.ok(http.upload(path, athens, "επιστολή.pdf", signed, new String[0]), 200);
        assertThat(out.get("signature").get("method").asString()).isEqualTo("PADES_LETTER");
        assertThat(out.get("signature").get("counts").asBoolean()).isTrue();
        assertThat(out.get("check").get("integrity").asString()).isEqualTo("INTACT");
        assertThat(out.get("check").get("signer").asString()).isEqualTo(SignedPdfs.SIGNER);
        long audited = audited();
        HttpResponse<byte[]> letter = http.bytes(path, athens);
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.body()).isEqualTo(signed);
        assertThat(audited()).isEqualTo(audited + 1);
        assertThat(http.get(path, thessaloniki).statusCode()).isEqualTo(404);
        assertThat(http.get(path, null).statusCode()).isEqualTo(401);

        JsonNode scan = fixture.ok(http.upload("/api/v1/positions/" + id + "/signatures/thessaloniki/letter", SECRETARIAT,
                "scan.pdf", SignedPdfs.unsigned(), new String[0]), 200);
        assertThat(scan.get("signature").get("method").asString()).isEqualTo("SIGNED_LETTER");
        assertThat(scan.get("check").get("integrity").asString()).isEqualTo("NOT_SIGNED");

        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        assertThat(page(mvc.perform(get("/admin/positions/" + id).session(secretariat)).andReturn())).contains(
                "id=\"letter-athens\"", "Ακεραιότητα έγκυρη", SignedPdfs.SIGNER, "/signatures/athens/letter",
                "με επιστολή του Δημάρχου με ηλεκτρονική υπογραφή");
        assertThat(mvc.perform(get("/admin/positions/" + id + "/signatures/athens/letter").session(secretariat))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theMayorsLinkAndTheFocalPointsListRedisplayARefusedLetter() throws Exception {
        Http http = new Http(port);
        PositionFixture fixture = new PositionFixture(http, json);
        String id = fixture.open(10, 2);
        String mail = jdbc.queryForList("select body_text from mail_outbox where purpose = 'position-signature'"
                + " and reference = ? order by id desc", String.class, id + "/thessaloniki").get(0);
        Matcher link = PositionPagesTest.LINK.matcher(mail);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        byte[] signed = SignedPdfs.signed();

        assertThat(page(mvc.perform(get("/positions/sign/" + token)).andReturn())).contains("id=\"upload-letter\"",
                "enctype=\"multipart/form-data\"", "for=\"f-file\"");
        MvcResult refused = mvc.perform(multipart("/positions/sign/" + token + "/letter")
                .file(new MockMultipartFile("file", "l.pdf", "application/pdf", SignedPdfs.broken(signed))).with(csrf().asHeader()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(refused)).contains("id=\"refusal\"", "αλλοιωθεί", "id=\"upload-letter\"");
        assertThat(signatures(id)).isZero();
        MvcResult byLink = mvc.perform(multipart("/positions/sign/" + token + "/letter")
                .file(new MockMultipartFile("file", "l.pdf", "application/pdf", signed)).with(csrf().asHeader())).andReturn();
        assertThat(byLink.getResponse().getRedirectedUrl()).isEqualTo("/positions/sign/" + token);
        assertThat(method(id, "thessaloniki")).isEqualTo("PADES_LETTER");

        MockHttpSession athens = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(page(mvc.perform(get("/account/positions").session(athens)).andReturn()))
                .contains("id=\"upload-letter-" + id + "\"", "for=\"f-file-" + id + "\"");
        MvcResult changed = mvc.perform(multipart("/account/positions/" + id + "/letter").session(athens)
                .file(new MockMultipartFile("file", "l.pdf", "application/pdf", SignedPdfs.changedAfterSigning(signed)))
                .with(csrf().asHeader())).andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(changed)).contains("id=\"refusal\"", "άλλαξε μετά την ηλεκτρονική υπογραφή");
        MvcResult scan = mvc.perform(multipart("/account/positions/" + id + "/letter").session(athens)
                .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", SignedPdfs.unsigned())).with(csrf().asHeader()))
                .andReturn();
        assertThat(scan.getResponse().getRedirectedUrl()).isEqualTo("/account/positions");
        assertThat(method(id, "athens")).isEqualTo("SIGNED_LETTER");
    }

    private String method(String id, String municipality) {
        return jdbc.queryForObject("select method from joint_position_signature where position_id = ?"
                + " and municipality_id = ?", String.class, id, municipality);
    }

    private long signatures(String id) {
        return jdbc.queryForObject("select count(*) from joint_position_signature where position_id = ?", Long.class, id);
    }

    private long audited() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'positions.signed-letter'", Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static String page(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
