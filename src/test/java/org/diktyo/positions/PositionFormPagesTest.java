package org.diktyo.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.Today;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The secretariat's forms of a position: a new one with its text and addressees in rows (more
 * rows by a button, nothing saved), wrong fields marked with everything as typed and nothing
 * written; the edit of the details and addressees, a stale version refused; once signing has
 * opened, only the addressees. Athens' focal point and a partner are refused, nothing written.
 */
@DatabaseTest
class PositionFormPagesTest {

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
    void theSecretariatCreatesAPositionWithItsAddresseesAndEditsIt() throws Exception {
        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        assertThat(page(get("/admin/positions/new").session(secretariat), 200)).contains("f-a2-body", "more-rows")
                .doesNotContain("f-a3-body");
        assertThat(page(filled(post("/admin/positions")).session(secretariat).param("moreRows", "true"), 200))
                .contains("f-a5-body", "Θέση της φόρμας", "Υπουργείο Εσωτερικών");
        int before = count();
        String wrong = page(filled(post("/admin/positions"), "a1-email", "not-an-address", "subjectEl", "")
                .session(secretariat), 200);
        assertThat(wrong).contains("href=\"#f-a1-email\"", "href=\"#f-subjectEl\"", "not-an-address",
                "Υπουργείο Εσωτερικών", "Πρώτη παράγραφος.");
        assertThat(page(filled(post("/admin/positions"), "closesOn", "2024-13-45", "minSignatories", "έξι")
                .session(secretariat), 200)).contains("href=\"#f-closesOn\"", "href=\"#f-minSignatories\"", "2024-13-45",
                "έξι", "Θέση της φόρμας");
        assertThat(count()).as("nothing written").isEqualTo(before);
        String withoutTitle = page(filled(post("/admin/positions"), "titleEl", "").session(secretariat), 200);
        assertThat(withoutTitle).contains("href=\"#f-titleEl\"", "Υπουργείο Εσωτερικών");
        assertThat(count()).isEqualTo(before);

        String closes = Today.inAthens().plusDays(20).toString();
        MvcResult created = mvc.perform(filled(post("/admin/positions"), "closesOn", closes, "minSignatories", "4",
                "partnersMayEndorse", "true").session(secretariat)).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String id = created.getResponse().getRedirectedUrl().substring("/admin/positions/".length());
        assertThat(jdbc.queryForMap("select title_el, subject_el, open_to, min_signatories, closes_on, partners_may_endorse,"
                + " related_entries from joint_position where id = ?", id)).containsEntry("TITLE_EL", "Θέση της φόρμας")
                .containsEntry("OPEN_TO", "MEMBERS_AND_CANDIDATES").containsEntry("MIN_SIGNATORIES", 4)
                .containsEntry("PARTNERS_MAY_ENDORSE", true).containsEntry("RELATED_ENTRIES", "housing-athens,school-1");
        assertThat(jdbc.queryForList("select body || '/' || role || '/' || coalesce(email, '-') from joint_position_addressee"
                + " where position_id = ? order by ordinal", String.class, id))
                .containsExactly("Υπουργείο Εσωτερικών/TO/minister@ypes.example", "ΚΕΔΕ/CC/-");
        assertThat(new PositionFixture(new Http(port), json).position(id, PositionFixture.TOKEN).get("clauses").size())
                .isEqualTo(2);

        String form = page(get("/admin/positions/" + id + "/edit").session(secretariat), 200);
        assertThat(form).contains("Θέση της φόρμας", "minister@ypes.example", "value=\"" + closes + "\"");
        String version = jdbc.queryForObject("select version from joint_position where id = ?", Integer.class, id).toString();
        MvcResult saved = mvc.perform(post("/admin/positions/" + id + "/edit").session(secretariat).with(csrf())
                .param("version", version).param("titleEl", "Θέση διορθωμένη").param("subjectEl", "Θέμα")
                .param("openTo", "MEMBERS").param("signatoryOrder", "SIGNING").param("a0-body", "Υπουργείο Υγείας")
                .param("a0-role", "TO").param("a0-email", "").param("a0-postal", "Αριστοτέλους 19")).andReturn();
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select title_el from joint_position where id = ?", String.class, id))
                .isEqualTo("Θέση διορθωμένη");
        assertThat(jdbc.queryForList("select body from joint_position_addressee where position_id = ?", String.class, id))
                .containsExactly("Υπουργείο Υγείας");
        String stale = page(post("/admin/positions/" + id + "/edit").session(secretariat).with(csrf()).param("version", version)
                .param("titleEl", "Παλιά").param("subjectEl", "Θέμα").param("openTo", "MEMBERS")
                .param("signatoryOrder", "SIGNING"), 200);
        assertThat(stale).contains("govuk-error-summary", "Παλιά");
        assertThat(jdbc.queryForObject("select title_el from joint_position where id = ?", String.class, id))
                .isEqualTo("Θέση διορθωμένη");
    }

    @Test
    void onceOpenOnlyTheAddresseesChange() throws Exception {
        PositionFixture fixture = new PositionFixture(new Http(port), json);
        String id = fixture.open(10, 1);
        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        String form = page(get("/admin/positions/" + id + "/edit").session(secretariat), 200);
        assertThat(form).contains("details-locked").doesNotContain("f-titleEl");
        int version = jdbc.queryForObject("select version from joint_position where id = ?", Integer.class, id);
        String title = jdbc.queryForObject("select title_el from joint_position where id = ?", String.class, id);
        MvcResult saved = mvc.perform(post("/admin/positions/" + id + "/edit").session(secretariat).with(csrf())
                .param("version", String.valueOf(version)).param("titleEl", "Αλλαγμένος").param("a0-body", "Βουλή")
                .param("a0-role", "TO").param("a0-email", "").param("a0-postal", "")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select title_el from joint_position where id = ?", String.class, id)).isEqualTo(title);
        assertThat(jdbc.queryForList("select body from joint_position_addressee where position_id = ?", String.class, id))
                .containsExactly("Βουλή");
    }

    @Test
    void athensFocalPointAndAPartnerAreRefusedNothingWritten() throws Exception {
        String id = new PositionFixture(new Http(port), json).draft();
        int before = count();
        String title = jdbc.queryForObject("select title_el from joint_position where id = ?", String.class, id);
        for (String who : new String[] {"athens@diktyo.example", "partner@diktyo.example"}) {
            MockHttpSession session = PageSignIn.as(mvc, who, TestAccounts.demoPassword());
            assertThat(status(get("/admin/positions/new").session(session))).as(who).isEqualTo(403);
            assertThat(status(filled(post("/admin/positions")).session(session))).as(who).isEqualTo(403);
            assertThat(status(get("/admin/positions/" + id + "/edit").session(session))).as(who).isEqualTo(403);
            assertThat(status(filled(post("/admin/positions/" + id + "/edit")).session(session)))
                    .as(who).isEqualTo(403);
        }
        assertThat(status(get("/admin/positions/new"))).as("nobody: to the sign-in").isEqualTo(302);
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select title_el from joint_position where id = ?", String.class, id)).isEqualTo(title);
    }

    @Test
    void theSecretariatTakesAPositionThroughItsStagesOnItsPage() throws Exception {
        String id = new PositionFixture(new Http(port), json).draft();
        String base = "/admin/positions/" + id;
        String in10 = Today.inAthens().plusDays(10).toString();
        MockHttpSession athens = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(status(post(base + "/open-consultation").param("closesOn", in10).with(csrf()).session(athens)))
                .isEqualTo(403);
        assertThat(status(post(base + "/freeze").with(csrf()).session(athens))).isEqualTo(403);
        assertThat(state(id)).as("nothing changed").isEqualTo("DRAFT");

        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        assertThat(page(get(base).session(secretariat), 200)).contains("id=\"open-consultation\"", "id=\"freeze\"")
                .doesNotContain("id=\"open-signature\"");
        assertThat(page(post(base + "/open-consultation").param("closesOn", "2024-13-45").with(csrf()).session(secretariat),
                200)).contains("href=\"#f-closesOn\"", "Γράψτε την ημερομηνία ως ΕΕΕΕ-ΜΜ-ΗΗ.");
        assertThat(page(post(base + "/open-consultation").param("closesOn", "2020-01-01").with(csrf()).session(secretariat),
                200)).contains("href=\"#f-closesOn\"", "Η ημερομηνία έχει περάσει.");
        assertThat(state(id)).isEqualTo("DRAFT");

        MvcResult opened = mvc.perform(post(base + "/open-consultation").param("closesOn", in10).with(csrf())
                .session(secretariat)).andReturn();
        assertThat(opened.getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(state(id)).isEqualTo("CONSULTATION");
        assertThat(page(get(base).session(secretariat), 200)).contains("id=\"freeze\"")
                .doesNotContain("id=\"open-consultation\"");
        assertThat(mvc.perform(post(base + "/freeze").with(csrf()).session(secretariat)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo(base);
        assertThat(state(id)).isEqualTo("FROZEN");
        assertThat(page(get(base).session(secretariat), 200)).contains("id=\"open-signature\"");
        assertThat(mvc.perform(post(base + "/open-signature").param("closesOn", Today.inAthens().plusDays(20).toString())
                .with(csrf()).session(secretariat)).andReturn().getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(state(id)).isEqualTo("OPEN_FOR_SIGNATURE");
        assertThat(page(post(base + "/freeze").with(csrf()).session(secretariat), 200))
                .as("a stage out of turn is refused on the page").contains("id=\"refusal\"");
        assertThat(state(id)).isEqualTo("OPEN_FOR_SIGNATURE");
    }

    private String state(String id) {
        return jdbc.queryForObject("select state from joint_position where id = ?", String.class, id);
    }

    @Test
    void theApiPatchesTheSameDetails() {
        Http http = new Http(port);
        PositionFixture fixture = new PositionFixture(http, json);
        String id = fixture.draft();
        String athens = accounts.tokenFor(org.diktyo.accounts.Role.FOCAL_POINT, "athens");
        assertThat(http.send("PATCH", "/api/v1/positions/" + id, athens, PositionFixture.detailsJson(1)).statusCode())
                .isEqualTo(403);
        assertThat(http.send("PATCH", "/api/v1/positions/" + id, PositionFixture.TOKEN, PositionFixture.detailsJson(0))
                .statusCode()).as("stale").isEqualTo(409);
        assertThat(jdbc.queryForObject("select title_el from joint_position where id = ?", String.class, id))
                .isEqualTo("Θέση ελέγχου");
        var out = fixture.ok(http.send("PATCH", "/api/v1/positions/" + id, PositionFixture.TOKEN,
                PositionFixture.detailsJson(1)), 200);
        assertThat(out.get("titleEl").asString()).isEqualTo("Θέση αλλαγμένη");
        assertThat(out.get("minSignatories").asInt()).isEqualTo(3);
        assertThat(out.get("partnersMayEndorse").asBoolean()).isTrue();
        String open = fixture.open(10, 1);
        int version = jdbc.queryForObject("select version from joint_position where id = ?", Integer.class, open);
        assertThat(http.send("PATCH", "/api/v1/positions/" + open, PositionFixture.TOKEN, PositionFixture.detailsJson(version))
                .statusCode()).as("signing has opened").isEqualTo(409);
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String... overrides) {
        java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
        String[] typed = {"titleEl", "Θέση της φόρμας", "titleEn", "Position of the form", "subjectEl", "Θέμα της φόρμας",
            "subjectEn", "", "textEl", "Πρώτη παράγραφος.\n\nΔεύτερη.", "textEn", "First paragraph.",
            "openTo", "MEMBERS_AND_CANDIDATES", "signatoryOrder", "COLLATION", "relatedEntries", "housing-athens, school-1",
            "relatedAxes", "", "closesOn", "", "minSignatories", "", "version", "0",
            "a0-body", "Υπουργείο Εσωτερικών", "a0-role", "TO", "a0-email", "minister@ypes.example", "a0-postal", "Σταδίου 27",
            "a1-body", "ΚΕΔΕ", "a1-role", "CC", "a1-email", "", "a1-postal", "",
            "a2-body", "", "a2-role", "TO", "a2-email", "", "a2-postal", ""};
        for (int i = 0; i < typed.length; i += 2) {
            f.put(typed[i], typed[i + 1]);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            f.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder r = request.with(csrf());
        for (var e : f.entrySet()) {
            r = r.param(e.getKey(), e.getValue());
        }
        return r;
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from joint_position", Integer.class);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
