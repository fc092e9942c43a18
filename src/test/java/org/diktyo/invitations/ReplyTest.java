package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jakarta.mail.internet.MimeMessage;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer through a personal link, over the API and the page: two delegates, a change,
 * the confirmation mail; and every refusal — over the quota, after the deadline, a revoked
 * or altered link, one municipality's link used on another's invitation, guessing — with a
 * clear problem or page, and nothing changed.
 */
@DatabaseTest
class ReplyTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    InvitationFixture fx;
    String meeting;
    List<String> parts;
    List<String> towns;
    Map<String, String> tokens;
    String campaign;

    @BeforeEach
    void setUp() {
        fx = new InvitationFixture(new Http(port), jdbc, json);
        meeting = fx.meeting(40, 40);
        parts = fx.parts(meeting);
        towns = fx.municipalities(40, 3);
        campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "3");
        fx.sendAndWait(campaign);
        tokens = fx.tokens(campaign);
    }

    String answer(String invitationId, String attendWork, String attendReception, String... names) {
        StringBuilder delegates = new StringBuilder();
        for (String n : names) {
            delegates.append(delegates.isEmpty() ? "" : ",").append("""
                    {"fullName":"%s","roleTitle":"Αντιδήμαρχος","email":"%s@example.gr","phone":"+30 210 000 0000",
                     "needs":"Χορτοφαγικό γεύμα"}""".formatted(n, n.hashCode() & 0xffff));
        }
        return """
                {%s"parts":{"%s":"%s","%s":"%s"},"delegates":[%s]}""".formatted(
                invitationId == null ? "" : "\"invitationId\":\"" + invitationId + "\",", parts.get(0), attendWork,
                parts.get(1), attendReception, delegates);
    }

    int delegates(String municipality) {
        return jdbc.queryForObject("select count(*) from delegate d join invitation i on i.id = d.invitation_id"
                + " where i.campaign_id = ? and i.municipality_id = ?", Integer.class, campaign, municipality);
    }

    @Test
    void twoDelegatesAnswerChangeTheirAnswerAndGetAConfirmation() {
        String token = tokens.get(towns.get(0));
        JsonNode view = fx.body(fx.ok(fx.http.get("/api/v1/rsvp/" + token, null), 200));
        assertThat(view.get("municipalityId").asString()).isEqualTo(towns.get(0));
        assertThat(view.get("quota").asInt()).isEqualTo(2);
        assertThat(view.get("open").asBoolean()).isTrue();
        assertThat(view.get("parts")).hasSize(2);
        String invitation = view.get("invitationId").asString();

        JsonNode answered = fx.body(fx.ok(fx.http.send("PUT", "/api/v1/rsvp/" + token, null,
                answer(invitation, "ATTEND", "ATTEND", "Γιώργος Παπαδόπουλος", "Μαρία Ιωάννου")), 200));
        assertThat(answered.get("parts").get(0).get("seated").asInt()).isEqualTo(2);
        assertThat(answered.get("delegates")).hasSize(2);
        assertThat(answered.get("delegates").get(0).get("confirmed").asBoolean()).isTrue();
        assertThat(answered.get("delegates").get(0).get("checkInCode").asString()).hasSize(43);
        assertThat(answered.get("answeredVia").asString()).isEqualTo("LINK");

        String mayor = fx.recipient(campaign, towns.get(0));
        assertThat(awaitTrue(() -> confirmations(mayor) == 1)).as("the confirmation, composed after the answer's commit")
                .isTrue();
        String confirmation = jdbc.queryForObject("select body_text from mail_outbox where purpose = 'rsvp-confirmation'"
                + " and recipient = ? order by id desc fetch first 1 rows only", String.class, mayor);
        assertThat(confirmation).contains("Γιώργος Παπαδόπουλος — επιβεβαιώθηκε", "Μαρία Ιωάννου — confirmed",
                "/admin/check-in/" + answered.get("delegates").get(0).get("checkInCode").asString(),
                "http://localhost:8080/r/" + token);

        assertThat(awaitTrue(() -> received(mayor, "Η απάντησή σας") == 1)).as("delivered over SMTP").isTrue();

        JsonNode changed = fx.body(fx.ok(fx.http.send("PUT", "/api/v1/rsvp/" + token, null,
                answer(null, "ATTEND", "DECLINE", "Γιώργος Παπαδόπουλος")), 200));
        assertThat(changed.get("delegates")).hasSize(1);
        assertThat(changed.get("parts").get(1).get("answer").asString()).isEqualTo("DECLINE");
        assertThat(changed.get("delegates").get(0).get("checkInCode").asString()).as("the same delegate keeps the code")
                .isEqualTo(answered.get("delegates").get(0).get("checkInCode").asString());
        JsonNode counts = fx.body(fx.http.get("/api/v1/campaigns/" + campaign, InvitationFixture.TOKEN)).get("counts");
        assertThat(counts.get(0).get("attending").asInt()).isEqualTo(1);
        assertThat(counts.get(1).get("declined").asInt()).isEqualTo(1);
        assertThat(counts.get(0).get("noAnswer").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select sum(taken) from part_seats where part_id = ?", Integer.class, parts.get(0)))
                .as("the seat given back").isEqualTo(1);
        assertThat(awaitTrue(() -> received(mayor, "Η απάντησή σας") == 2)).as("the change's confirmation").isTrue();
        FixtureWait.pause(1500); // a worker that sent twice would have done it by now
        assertThat(confirmations(mayor)).as("one confirmation per answer, not more").isEqualTo(2);
        assertThat(received(mayor, "Η απάντησή σας")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from reply_mail r join invitation i on i.id = r.invitation_id"
                + " where i.campaign_id = ?", Integer.class, campaign)).as("nothing left due").isZero();
    }

    int confirmations(String recipient) {
        return jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'rsvp-confirmation' and recipient = ?",
                Integer.class, recipient);
    }

    /**
     * Messages GreenMail received addressed to {@code recipient} whose subject starts with
     * {@code subject}, by Message-ID (GreenMail keeps a copy per recipient: the copies are one message).
     */
    int received(String recipient, String subject) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                String to = m.getHeader("To", ",");
                if (to != null && to.contains(recipient) && m.getSubject() != null && m.getSubject().startsWith(subject)) {
                    ids.add(m.getMessageID());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids.size();
    }

    static boolean awaitTrue(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            FixtureWait.pause(100);
        }
        return condition.getAsBoolean();
    }

    static final class FixtureWait {
        static void pause(long ms) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void refusalsAreClearAndChangeNothing() {
        String a = tokens.get(towns.get(0));
        String b = tokens.get(towns.get(1));
        String invitationOfA = fx.body(fx.http.get("/api/v1/rsvp/" + a, null)).get("invitationId").asString();
        fx.ok(fx.http.send("PUT", "/api/v1/rsvp/" + a, null, answer(null, "ATTEND", "ATTEND", "Α Α", "Β Β")), 200);

        var over = fx.http.send("PUT", "/api/v1/rsvp/" + a, null, answer(null, "ATTEND", "ATTEND", "Α Α", "Β Β", "Γ Γ"),
                "Accept-Language", "en");
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(over.body()).contains("At most 2 delegates. Nothing was changed.", "\"delegates\"");
        assertThat(delegates(towns.get(0))).isEqualTo(2);

        var crossed = fx.http.send("PUT", "/api/v1/rsvp/" + b, null, answer(invitationOfA, "ATTEND", "ATTEND", "Χ Χ"));
        assertThat(crossed.statusCode()).isEqualTo(403);
        assertThat(crossed.body()).contains("Η απάντηση αφορά άλλη πρόσκληση από αυτήν του συνδέσμου");
        assertThat(delegates(towns.get(1))).isZero();
        assertThat(delegates(towns.get(0))).isEqualTo(2);

        String altered = b.substring(0, 10) + (b.charAt(10) == 'A' ? 'B' : 'A') + b.substring(11);
        var unknown = fx.http.send("PUT", "/api/v1/rsvp/" + altered, null, answer(null, "ATTEND", "ATTEND", "Χ Χ"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Ο σύνδεσμος δεν είναι έγκυρος");

        String invitationOfB = fx.body(fx.http.get("/api/v1/rsvp/" + b, null)).get("invitationId").asString();
        fx.ok(fx.http.send("POST", "/api/v1/invitations/" + invitationOfB + "/revoke", InvitationFixture.TOKEN, null), 204);
        var revoked = fx.http.send("PUT", "/api/v1/rsvp/" + b, null, answer(null, "ATTEND", "ATTEND", "Χ Χ"));
        assertThat(revoked.statusCode()).isEqualTo(410);
        assertThat(revoked.body()).contains("Ο σύνδεσμος έχει ακυρωθεί");
        assertThat(fx.http.get("/r/" + b, null).statusCode()).isEqualTo(410);
        fx.ok(fx.http.send("POST", "/api/v1/invitations/" + invitationOfB + "/reissue", InvitationFixture.TOKEN, null), 204);
        String reissued = fx.tokens(campaign).get(towns.get(1));
        assertThat(reissued).isNotEqualTo(b);
        fx.ok(fx.http.get("/api/v1/rsvp/" + reissued, null), 200);
        assertThat(fx.http.get("/api/v1/rsvp/" + b, null).statusCode()).isEqualTo(410);
        assertThat(delegates(towns.get(1))).isZero();

    }

    @Test
    void afterTheDeadlineThePageIsReadOnlyAndOffersALateRequest() throws Exception {
        String late = fx.campaign(meeting, fx.municipalities(50, 1), 2, Today.inAthens().plusDays(30), "");
        fx.sendAndWait(late);
        String token = fx.tokens(late).values().iterator().next();
        jdbc.update("update invitation_campaign set rsvp_deadline = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), late);
        var refused = fx.http.send("PUT", "/api/v1/rsvp/" + token, null, answer(null, "ATTEND", "ATTEND", "Χ Χ"),
                "Accept-Language", "en");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("The reply deadline has passed. Nothing was changed");
        assertThat(jdbc.queryForObject("select count(*) from invitation_part ip join invitation i on i.id = ip.invitation_id"
                + " where i.campaign_id = ?", Integer.class, late)).isZero();

        String page = html(mvc.perform(get("/r/" + token)).andReturn());
        assertThat(page).contains("Η προθεσμία απαντήσεων ήταν μέχρι", "id=\"late-form\"").doesNotContain("id=\"reply-form\"");
        MvcResult sent = mvc.perform(post("/r/" + token + "/late").param("message", "Θα θέλαμε να έρθουμε δύο.").with(csrf()))
                .andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/r/" + token);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'rsvp-late' and body_text like ?",
                Integer.class, "%Θα θέλαμε να έρθουμε δύο.%")).isEqualTo(1);
    }

    @Test
    void theReplyPageWorksWithoutJavaScriptAndRedisplaysMistakes() throws Exception {
        String token = tokens.get(towns.get(2));
        String page = html(mvc.perform(get("/r/" + token)).andReturn());
        String invitation = fx.body(fx.http.get("/api/v1/rsvp/" + token, null)).get("invitationId").asString();
        assertThat(page).contains("<html lang=\"el\"", "Συνάντηση εργασίας", "17:30 – 20:00", "Αθηνάς 63, 2ος όροφος, 105 52 Αθήνα",
                "Θα ακολουθήσει η ατζέντα.", "name=\"parts[" + parts.get(0) + "]\"", "name=\"delegates[1].fullName\"")
                .doesNotContain("name=\"delegates[2].fullName\"");

        MvcResult over = mvc.perform(form(post("/r/" + token), invitation).param("delegates[0].fullName", "Α Α")
                .param("delegates[1].fullName", "Β Β").param("delegates[2].fullName", "Γ Γ")).andReturn();
        assertThat(over.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(over)).contains("govuk-error-summary", "Πάρα πολλοί εκπρόσωποι για την αντιπροσωπεία σας.");
        assertThat(delegates(towns.get(2))).isZero();

        MvcResult badEmail = mvc.perform(form(post("/r/" + token), invitation).param("delegates[0].fullName", "Α Α")
                .param("delegates[0].email", "not-an-email")).andReturn();
        assertThat(html(badEmail)).contains("Γράψτε μια έγκυρη διεύθυνση email", "value=\"not-an-email\"");

        MvcResult ok = mvc.perform(form(post("/r/" + token), invitation).param("delegates[0].fullName", "Ελένη Νικολάου")
                .param("delegates[0].needs", "Αμαξίδιο")).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/r/" + token);
        String after = html(mvc.perform(get("/r/" + token)).andReturn());
        assertThat(after).contains("Ελένη Νικολάου", "επιβεβαιώθηκε", "/r/" + token + "/delegates/", "qr.png");
        String qr = after.replaceAll("(?s).*src=\"(/r/[^\"]+/qr.png)\".*", "$1");
        MvcResult png = mvc.perform(get(qr)).andReturn();
        assertThat(png.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(png.getResponse().getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');

        MvcResult crossed = mvc.perform(form(post("/r/" + token), "another-invitation").param("delegates[0].fullName", "Χ")).andReturn();
        assertThat(crossed.getResponse().getStatus()).isEqualTo(403);
        assertThat(html(crossed)).contains("Η απάντηση αφορά άλλη πρόσκληση");
    }

    /**
     * The link's token is the credential: reading the reply page opens no session (no row per
     * visit), its forms carry no CSRF token and are accepted without one; other forms still
     * need theirs.
     */
    @Test
    void theReplyPageOpensNoSessionAndItsFormsNeedNoCsrfToken() throws Exception {
        String token = tokens.get(towns.get(1));
        var page = fx.http.get("/r/" + token, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).as("no session for a reader").isEmpty();
        assertThat(page.body()).contains("id=\"reply-form\"").doesNotContain("name=\"_csrf\"");
        String invitation = fx.body(fx.http.get("/api/v1/rsvp/" + token, null)).get("invitationId").asString();

        MvcResult answered = mvc.perform(post("/r/" + token).param("invitation", invitation)
                .param("parts[" + parts.get(0) + "]", "ATTEND").param("parts[" + parts.get(1) + "]", "DECLINE")
                .param("delegates[0].fullName", "Σοφία Ιωάννου")).andReturn();
        assertThat(answered.getResponse().getRedirectedUrl()).isEqualTo("/r/" + token);
        assertThat(delegates(towns.get(1))).isEqualTo(1);
        assertThat(mvc.perform(post("/signin").param("email", "a@b.gr").param("password", "x")).andReturn()
                .getResponse().getStatus()).as("other forms keep their CSRF token").isEqualTo(403);
    }

    @Test
    void guessingTokensIsRateLimitedPerClientAddressButAValidLinkStillWorks() throws Exception {
        String valid = tokens.get(towns.get(0));
        for (int i = 0; i < 20; i++) {
            int status = mvc.perform(get("/api/v1/rsvp/" + "x".repeat(43 - 2) + String.format("%02d", i))
                    .with(r -> { r.setRemoteAddr("198.51.100.7"); return r; })).andReturn().getResponse().getStatus();
            assertThat(status).isEqualTo(404);
        }
        MvcResult limited = mvc.perform(get("/api/v1/rsvp/" + "x".repeat(41) + "20")
                .with(r -> { r.setRemoteAddr("198.51.100.7"); return r; })).andReturn();
        assertThat(limited.getResponse().getStatus()).isEqualTo(429);
        assertThat(limited.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Πάρα πολλοί άκυροι σύνδεσμοι");
        assertThat(Long.parseLong(limited.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
        MvcResult page = mvc.perform(get("/r/" + "x".repeat(41) + "21").with(r -> { r.setRemoteAddr("198.51.100.7"); return r; }))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(429);
        assertThat(page.getResponse().getHeader("Retry-After")).isNotNull();
        assertThat(mvc.perform(get("/api/v1/rsvp/" + valid).with(r -> { r.setRemoteAddr("198.51.100.7"); return r; }))
                .andReturn().getResponse().getStatus()).as("a valid link is never refused for others' mistakes").isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/rsvp/" + "x".repeat(41) + "22").with(r -> { r.setRemoteAddr("198.51.100.8"); return r; }))
                .andReturn().getResponse().getStatus()).as("another address is not limited").isEqualTo(404);
    }

    MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String invitation) {
        return request.with(csrf()).param("invitation", invitation).param("parts[" + parts.get(0) + "]", "ATTEND")
                .param("parts[" + parts.get(1) + "]", "DECLINE");
    }

    static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
