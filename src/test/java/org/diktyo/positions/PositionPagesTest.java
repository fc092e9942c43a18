package org.diktyo.positions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.PageSignIn;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The pages: the demo's sent position for everyone (text, signatories, letter), not the one
 * still open; a mayor signs through the mailed link without an account (a stale text is refused
 * on the page, nothing written); Athens' focal point signs from its list «έως …»; the
 * secretariat's tracker reminds once.
 */
@DatabaseTest
class PositionPagesTest {

    static final Pattern LINK = Pattern.compile("/positions/sign/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theDemosSentPositionIsPublicAndTheOpenOneIsNot() throws Exception {
        String sent = jdbc.queryForObject("select id from joint_position where title_el = ?", String.class,
                "Συμπερίληψη της τοπικής αυτοδιοίκησης στον σχεδιασμό της πολιτικής ένταξης");
        String open = jdbc.queryForObject("select id from joint_position where title_el = ?", String.class,
                "Στέγαση προσφύγων και μεταναστών στις πόλεις");
        assertThat(page(get("/positions"), 200)).contains("Συμπερίληψη της τοπικής αυτοδιοίκησης")
                .doesNotContain("Στέγαση προσφύγων");
        assertThat(page(get("/positions/" + sent), 200)).contains("12345", "17 Ιουνίου 2024", "Δήμοι που υπέγραψαν (11)",
                "Υπουργείο Μετανάστευσης και Ασύλου – Γραφείο Υπουργού", "Κεντρική Ένωση Δήμων Ελλάδας (ΚΕΔΕ)");
        assertThat(page(get("/positions/" + sent + "?lang=en"), 200)).contains("Municipalities that signed (11)");
        MvcResult pdf = mvc.perform(get("/positions/" + sent + "/letter.pdf?lang=el")).andReturn();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(mvc.perform(get("/positions/" + open)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/positions/" + open + "/letter.pdf")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aMayorSignsByLinkAndAFocalPointFromItsList() throws Exception {
        PositionFixture fixture = new PositionFixture(new Http(port), json);
        String id = fixture.open(10, 2);
        String mail = jdbc.queryForList("select body_text from mail_outbox where purpose = 'position-signature'"
                + " and reference = ? order by id desc", String.class, id + "/thessaloniki").get(0);
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(page(get("/positions/sign/" + token), 200)).contains("Θέση ελέγχου", "Ζητούμε θέση στην επιτροπή.",
                "έως ");
        assertThat(page(post("/positions/sign/" + token).with(csrf()).param("textHash", "0".repeat(64)), 200))
                .contains("Το κείμενο άλλαξε· διαβάστε το ξανά");
        assertThat(signatures(id)).as("nothing written").isZero();
        MvcResult signed = mvc.perform(post("/positions/sign/" + token).with(csrf()).param("textHash", fixture.hash(id)))
                .andReturn();
        assertThat(signed.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select method from joint_position_signature where position_id = ?"
                + " and municipality_id = 'thessaloniki'", String.class, id)).isEqualTo("PERSONAL_LINK");
        assertThat(mvc.perform(get("/positions/sign/" + "x".repeat(43))).andReturn().getResponse().getStatus()).isEqualTo(404);

        MockHttpSession athens = PageSignIn.as(mvc, "athens@diktyo.example", TestAccounts.demoPassword());
        assertThat(page(get("/account/positions").session(athens), 200)).contains("Θέση ελέγχου", "έως ",
                "Υπογράφω με εντολή του Δημάρχου");
        MvcResult byFocalPoint = mvc.perform(post("/account/positions/" + id + "/sign").session(athens).with(csrf())
                .param("textHash", fixture.hash(id))).andReturn();
        assertThat(byFocalPoint.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select method from joint_position_signature where position_id = ?"
                + " and municipality_id = 'athens'", String.class, id)).isEqualTo("ONLINE_ATTESTED");

        MockHttpSession secretariat = PageSignIn.secretariat(mvc);
        assertThat(page(get("/admin/positions/" + id).session(secretariat), 200)).contains("row-athens",
                "Υπογραφές που μετρούν: 2 από 2");
        assertThat(mvc.perform(post("/admin/positions/" + id + "/remind").session(secretariat).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(page(post("/admin/positions/" + id + "/remind").session(secretariat).with(csrf()), 200))
                .contains("Η υπενθύμιση για τη θέση αυτή έχει ήδη σταλεί.");
        assertThat(mvc.perform(get("/admin/positions/" + id)).andReturn().getResponse().getStatus())
                .as("the tracker needs a sign-in").isEqualTo(302);
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
