package org.diktyo.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Partners' endorsements: only where the position allows them (set on the secretariat's form),
 * by a partner's account, for a partner of the registry; twice changes nothing; shown apart from
 * the municipalities' signatures and not counted among them. The secretariat, Athens' focal
 * point and nobody are refused, nothing written; the demo's open position has one.
 */
@DatabaseTest
class PositionEndorsementsTest {

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
    void aPartnerEndorsesWhereThePositionAllowsIt() throws Exception {
        Http http = new Http(port);
        PositionFixture fixture = new PositionFixture(http, json);
        String partner = accounts.tokenFor(Role.PARTNER, null);
        String athens = accounts.tokenFor(Role.FOCAL_POINT, "athens");
        String partnerId = jdbc.queryForList("select id from partner order by id", String.class).get(0);
        String closed = fixture.open(10, 1);
        String path = "/api/v1/positions/" + closed + "/endorsements/" + partnerId;
        assertThat(http.send("PUT", path, partner, null).statusCode()).as("not allowed by the position").isEqualTo(403);

        String id = fixture.open(10, 1);
        jdbc.update("update joint_position set partners_may_endorse = ? where id = ?", true, id);
        path = "/api/v1/positions/" + id + "/endorsements/" + partnerId;
        assertThat(http.send("PUT", path, TOKEN, null).statusCode()).as("the secretariat").isEqualTo(403);
        assertThat(http.send("PUT", path, athens, null).statusCode()).as("Athens' focal point").isEqualTo(403);
        assertThat(http.send("PUT", path, null, null).statusCode()).isEqualTo(401);
        assertThat(http.send("PUT", "/api/v1/positions/" + id + "/endorsements/no-such-partner", partner, null)
                .statusCode()).isEqualTo(404);
        assertThat(endorsements(id)).as("nothing written").isZero();

        fixture.ok(http.send("PUT", path, partner, null), 200);
        fixture.ok(http.send("PUT", path, partner, null), 200);
        assertThat(endorsements(id)).as("twice changes nothing").isEqualTo(1);
        assertThat(fixture.ok(http.get("/api/v1/positions/" + id + "/endorsements", athens), 200)).hasSize(1);
        assertThat(fixture.ok(http.get("/api/v1/positions/" + id + "/signatures", TOKEN), 200).get("counting").asInt())
                .as("not a signature").isZero();
        assertThat(http.send("DELETE", path, athens, null).statusCode()).isEqualTo(403);
        assertThat(endorsements(id)).isEqualTo(1);
        assertThat(http.send("DELETE", path, partner, null).statusCode()).isEqualTo(204);
        assertThat(endorsements(id)).isZero();

        MockHttpSession session = PageSignIn.as(mvc, "partner@diktyo.example", TestAccounts.demoPassword());
        assertThat(page(get("/admin/positions/" + id).session(session))).contains("id=\"endorse\"", "f-partnerId");
        assertThat(mvc.perform(post("/admin/positions/" + id + "/endorsements").session(session).with(csrf())
                .param("partnerId", partnerId)).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(endorsements(id)).isEqualTo(1);
        MockHttpSession athensPage = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(page(get("/admin/positions/" + id).session(athensPage))).doesNotContain("id=\"endorse\"");
        assertThat(mvc.perform(post("/admin/positions/" + id + "/endorsements/" + partnerId + "/withdraw")
                .session(athensPage).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(endorsements(id)).isEqualTo(1);
    }

    @Test
    void theDemosOpenPositionHasAnEndorsementApartFromItsSignatures() {
        assertThat(jdbc.queryForObject("select count(*) from joint_position_endorsement e join joint_position p"
                + " on p.id = e.position_id where p.title_el = ?", Integer.class, "Στέγαση προσφύγων και μεταναστών στις πόλεις"))
                .isEqualTo(1);
    }

    private int endorsements(String id) {
        return jdbc.queryForObject("select count(*) from joint_position_endorsement where position_id = ?", Integer.class, id);
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
