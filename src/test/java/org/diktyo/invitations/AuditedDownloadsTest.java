package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.documents.SignedPdfs;
import org.diktyo.memorandum.MemorandumFixture;
import org.diktyo.positions.PositionFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of audited access (officials read and changed, a municipality changed, the
 * registry exported, an invitation's letter, every list of the day, a position's signed letter
 * uploaded and read by the secretariat, an adoption revoked, the knowledge entries exported) is done, then the audit page is loaded in Greek and
 * English: it works, and shows each action in words.
 */
@DatabaseTest
class AuditedDownloadsTest {

    /** Where the platform records to the audit trail; a new one must be done by this test too. */
    static final Pattern RECORD = Pattern.compile("audit\\.record\\(\\s*(\"([^\"]+)\"\\s*,)?");
    static final int CALL_SITES = 17;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/i18n/accounts_" + language
                + ".properties")), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** The actions written as literals at the call sites of {@code audit.record}, and the number of call sites. */
    static Set<String> literalActions(int[] sites) throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RECORD.matcher(Files.readString(file));
                while (m.find()) {
                    sites[0]++;
                    if (m.group(2) != null) {
                        actions.add(m.group(2));
                    }
                }
            }
        }
        return actions;
    }

    @Test
    void theAuditPageWorksAfterEveryKindOfAuditedAccessAndNamesEachInBothLanguages() throws Exception {
        InvitationFixture fx = new InvitationFixture(new Http(port), jdbc, json);
        String token = InvitationFixture.TOKEN;
        String meeting = fx.meeting(null, 40);
        String town = fx.municipalities(310, 1).get(0);
        String campaign = fx.campaign(meeting, List.of(town), 2, Today.inAthens().plusDays(30), "");
        fx.sendAndWait(campaign);
        String invitation = jdbc.queryForObject("select id from invitation where campaign_id = ?", String.class, campaign);

        assertThat(fx.http.bytes("/api/v1/invitations/" + invitation + "/letter.pdf", token).statusCode()).isEqualTo(200);
        MemorandumFixture memorandum = new MemorandumFixture(fx.http, json);
        String adoption = memorandum.signedAdoption(town);
        assertThat(fx.http.bytes(adoption + "/signed-copy", token).statusCode()).isEqualTo(200);
        memorandum.noOpenVersion();
        PositionFixture positions = new PositionFixture(fx.http, json);
        String letter = "/api/v1/positions/" + positions.open(10, 1) + "/signatures/athens/letter";
        positions.ok(fx.http.upload(letter, token, "letter.pdf", SignedPdfs.unsigned(), new String[0]), 200);
        assertThat(fx.http.bytes(letter, token).statusCode()).isEqualTo(200);
        for (String list : List.of("attendees.xlsx", "attendees.csv", "sign-in-sheet.pdf", "badges.pdf")) {
            assertThat(fx.http.bytes("/api/v1/meetings/" + meeting + "/" + list, token).statusCode()).as(list)
                    .isEqualTo(200);
        }
        String contact = fx.body(fx.ok(fx.http.send("POST", "/api/v1/municipalities/" + town + "/contacts", token, """
                {"kind":"OTHER","fullName":"Ελένη Αυδίτη","gender":"FEMALE","email":"audit@example.gr"}"""),
                201)).get("id").asString();
        fx.ok(fx.http.get("/api/v1/municipalities/" + town + "/contacts", token), 200);
        fx.ok(fx.http.send("PUT", "/api/v1/municipalities/" + town + "/contacts/" + contact, token, """
                {"kind":"OTHER","fullName":"Ελένη Αυδίτη","gender":"FEMALE","email":"audit2@example.gr"}"""), 200);
        fx.ok(fx.http.send("DELETE", "/api/v1/municipalities/" + town + "/contacts/" + contact, token, null), 204);
        fx.ok(fx.http.send("PATCH", "/api/v1/municipalities/" + town, token, "{\"website\":\"https://example.gr\"}"),
                200);
        String status = fx.body(fx.ok(fx.http.get("/api/v1/municipalities/" + town, token), 200)).get("status").asString();
        for (String to : List.of("CANDIDATE".equals(status) ? "PROSPECT" : "CANDIDATE", status)) {
            fx.ok(fx.http.send("POST", "/api/v1/municipalities/" + town + "/membership", token, """
                    {"status":"%s","effectiveOn":"%s","reason":"Έλεγχος καταγραφής"}""".formatted(to, Today.inAthens())),
                    201);
        }
        assertThat(fx.http.bytes("/api/v1/municipalities/" + town + "/accession-letter.pdf", token).statusCode())
                .isEqualTo(200);
        assertThat(fx.http.bytes("/api/v1/reports/activity.xlsx?from=" + Today.inAthens().minusYears(1) + "&to="
                + Today.inAthens(), token).statusCode()).isEqualTo(200);
        String verified = memorandum.verifiedAdoption(town);
        memorandum.ok(fx.http.send("POST", verified + "/revoke", token, "{\"reason\":\"Έλεγχος καταγραφής\"}"), 200);
        memorandum.noOpenVersion();
        assertThat(fx.http.bytes("/api/v1/knowledge/entries.xlsx", token).statusCode()).isEqualTo(200);
        MockHttpSession secretariat = signIn();
        for (String export : List.of("/admin/registry.csv", "/admin/registry.xlsx")) {
            assertThat(mvc.perform(get(export).session(secretariat)).andReturn().getResponse().getStatus()).as(export)
                    .isEqualTo(200);
        }

        int[] sites = {0};
        Set<String> literal = literalActions(sites);
        assertThat(sites[0]).as("call sites of audit.record: a new one is to be done by this test as well")
                .isEqualTo(CALL_SITES);
        Set<String> recorded = new TreeSet<>(jdbc.queryForList("select distinct action from audit_event", String.class));
        assertThat(recorded).containsAll(literal).contains("registry.export.csv", "registry.export.xlsx",
                "lists.attendees.xlsx", "lists.attendees.csv", "lists.sign-in-sheet.pdf", "lists.badges.pdf",
                "membership.override", "accession.letter", "report.activity", "positions.signed-letter",
                "positions.signed-letter-upload", "memorandum.adoption.formal-withdrawal", org.diktyo.knowledge.domain.ExportEntries.ACTION);
        Properties greek = bundle("el");
        Properties english = bundle("en");
        for (String action : recorded) {
            assertThat(greek).as("Greek text of " + action).containsKey("accounts.audit.action." + action);
            assertThat(english).as("English text of " + action).containsKey("accounts.audit.action." + action);
        }

        for (String lang : List.of("el", "en")) {
            MvcResult page = mvc.perform(get("/admin/audit").param("lang", lang).session(secretariat)).andReturn();
            assertThat(page.getResponse().getStatus()).as(lang).isEqualTo(200);
            String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
            Properties texts = "el".equals(lang) ? greek : english;
            for (String action : List.of("invitation.letter", "lists.attendees.xlsx", "lists.badges.pdf",
                    "registry.export.csv", "contacts.remove")) {
                assertThat(html).contains(texts.getProperty("accounts.audit.action." + action));
            }
        }
    }

    @Test
    void anActionWithoutTextIsShownAsRecorded() throws Exception {
        jdbc.update("insert into audit_event (occurred_at, actor, action, subject) values (?, ?, ?, ?)",
                java.sql.Timestamp.from(java.time.Instant.now()), "-",
                "unheard.of.action", "test");
        MvcResult page = mvc.perform(get("/admin/audit").session(signIn())).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("unheard.of.action");
    }

    MockHttpSession signIn() throws Exception {
        MvcResult result = mvc.perform(post("/signin").param("email", "secretariat@diktyo.example")
                .param("password", TestAccounts.demoPassword()).with(csrf())).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
