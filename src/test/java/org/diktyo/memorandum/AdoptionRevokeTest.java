package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.Today;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The formal withdrawal of Thessaloniki's verified adoption of the version in force: refused to
 * Athens' focal point, to Thessaloniki's own and to a partner, and without a reason, each time
 * with nothing written; revoked by the secretariat from the tracker with a reason, it is REVOKED
 * there with the reason, audited, recorded as a withdrawal in the registry's evidence, and gone
 * from the public signatories (page and API).
 */
@MemorandumClockTest
class AdoptionRevokeTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void onlyTheSecretariatRevokesAVerifiedAdoptionWithAReason() throws Exception {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        int n = fixture.frozen();
        String path = fixture.signedAdoption(n, "thessaloniki");
        fixture.ok(http.send("POST", "/api/v1/memorandum/versions/" + n + "/adopt", MemorandumFixture.TOKEN,
                "{\"inForceFrom\":\"" + Today.inAthens() + "\"}"), 200);
        fixture.ok(http.send("POST", path + "/verify", MemorandumFixture.TOKEN, null), 200);
        String decision = fixture.ok(http.get(path, MemorandumFixture.TOKEN), 200).get("decisionNumber").asString();
        assertThat(publicDecisions(http, n)).contains("thessaloniki");
        assertThat(http.get("/memorandum", null).body()).contains(decision);

        String reason = "{\"reason\":\"Ανάκληση της απόφασης του Δημοτικού Συμβουλίου.\"}";
        int audits = count("audit_event where action = 'memorandum.adoption.formal-withdrawal'");
        int withdrawals = count("membership_evidence where kind = 'WITHDRAWAL' and municipality_id = 'thessaloniki'");
        for (String token : new String[] {accounts.tokenFor(Role.FOCAL_POINT, "athens"),
                accounts.tokenFor(Role.FOCAL_POINT, "thessaloniki"), accounts.tokenFor(Role.PARTNER, null)}) {
            HttpResponse<String> refused = http.send("POST", path + "/revoke", token, reason);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        }
        HttpResponse<String> blank = http.send("POST", path + "/revoke", MemorandumFixture.TOKEN, "{\"reason\":\" \"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("reason");
        HttpResponse<String> page = new Http(port).get("/admin/memorandum/versions/" + n + "/adoptions",
                accounts.tokenFor(Role.FOCAL_POINT, "athens"));
        assertThat(page.statusCode()).isIn(302, 401, 403);
        assertThat(state(n)).isEqualTo("VERIFIED");
        assertThat(count("audit_event where action = 'memorandum.adoption.formal-withdrawal'")).isEqualTo(audits);

        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        String base = "/admin/memorandum/versions/" + n;
        String tracker = html(mvc.perform(get(base + "/adoptions").session(secretariat)).andReturn());
        assertThat(tracker).contains("action=\"" + base + "/adoptions/thessaloniki/revoke\"", "Λόγος της ανάκλησης");
        java.util.Locale greek = java.util.Locale.forLanguageTag("el");
        assertThat(tracker).as("the decision's date without the weekday")
                .contains(org.diktyo.language.DatePhrases.plain(Today.inAthens(), greek))
                .doesNotContain(org.diktyo.language.DatePhrases.date(Today.inAthens(), greek));
        MvcResult empty = mvc.perform(post(base + "/adoptions/thessaloniki/revoke").param("reason", "")
                .session(secretariat).with(csrf())).andReturn();
        assertThat(html(empty)).contains("href=\"#f-reason\"", "id=\"f-reason\"");
        assertThat(state(n)).isEqualTo("VERIFIED");

        MvcResult revoked = mvc.perform(post(base + "/adoptions/thessaloniki/revoke")
                .param("reason", "Ανάκληση της απόφασης του Δημοτικού Συμβουλίου.").session(secretariat).with(csrf())).andReturn();
        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo(base + "/adoptions");
        assertThat(state(n)).isEqualTo("REVOKED");
        assertThat(html(mvc.perform(get(base + "/adoptions").session(secretariat)).andReturn()))
                .contains("Ανακλήθηκε", "Ανάκληση της απόφασης του Δημοτικού Συμβουλίου.");
        assertThat(count("audit_event where action = 'memorandum.adoption.formal-withdrawal'")).isEqualTo(audits + 1);
        assertThat(count("membership_evidence where kind = 'WITHDRAWAL' and municipality_id = 'thessaloniki'"))
                .isEqualTo(withdrawals + 1);
        assertThat(publicDecisions(http, n)).doesNotContain("thessaloniki");
        assertThat(http.get("/memorandum", null).body()).doesNotContain(decision);
        assertThat(http.send("POST", path + "/revoke", MemorandumFixture.TOKEN, reason).statusCode())
                .as("revoked once").isEqualTo(409);
    }

    private String publicDecisions(Http http, int n) {
        StringBuilder ids = new StringBuilder();
        for (JsonNode a : new MemorandumFixture(http, json).ok(http.get("/api/v1/memorandum/versions/" + n + "/adoptions", null), 200)
                .get("items")) {
            ids.append(a.get("municipalityId").asString()).append(' ');
        }
        return ids.toString();
    }

    private String state(int n) {
        return jdbc.queryForObject("select state from memorandum_adoption where version_number = ? and municipality_id = 'thessaloniki'",
                String.class, n);
    }

    private int count(String from) {
        return jdbc.queryForObject("select count(*) from " + from, Integer.class);
    }

    private static String html(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
