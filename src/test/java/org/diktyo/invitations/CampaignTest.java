package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.TestSmtp;
import org.diktyo.accounts.SecretTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign from draft to sent, over the API: its defaults from the network's letter, the
 * preview, bad input refused, asynchronous sending with readable progress, one invitation
 * per municipality to its mayor with the focal point in copy, links stored only hashed, and
 * the mails delivered over SMTP (GreenMail).
 */
@DatabaseTest
class CampaignTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    InvitationFixture fx;

    @BeforeEach
    void setUp() {
        fx = new InvitationFixture(new Http(port), jdbc, json);
    }

    @Test
    void aCampaignToTwentyMunicipalitiesQueuesTwentyInvitationsDeliveredOverSmtp() throws Exception {
        String meeting = fx.meeting(50, 40);
        JsonNode proposal = fx.body(fx.ok(fx.http.get("/api/v1/meetings/" + meeting + "/campaigns/proposal",
                InvitationFixture.TOKEN), 200));
        assertThat(proposal.get("quota").asInt()).isEqualTo(2);
        assertThat(proposal.get("letterEl").asString()).startsWith("Ο Δήμαρχος Αθηναίων, Χάρης Δούκας, σας προσκαλεί")
                .contains("και ώρες 17:30 – 20:00", "2ος όροφος", "Στη συνέχεια, στις 20:00: Δεξίωση",
                        "Το Δίκτυο Πόλεων για την Ένταξη υποστηρίζουν από κοινού");
        assertThat(proposal.get("letterEn").asString()).startsWith("The Mayor of Athens, Haris Doukas, invites you");

        List<String> twenty = fx.municipalities(0, 20);
        String campaign = fx.campaign(meeting, twenty, 2, Today.inAthens().plusDays(30), "7,2");

        JsonNode preview = fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign + "/preview", InvitationFixture.TOKEN), 200));
        assertThat(preview.get("recipients")).hasSize(20);
        assertThat(preview.get("recipients").get(0).get("to").asString()).endsWith(".test.example");
        assertThat(preview.get("recipients").get(0).get("cc").asString()).startsWith("focal@");
        assertThat(preview.get("text").asString()).contains("Αξιότιμη κυρία Δήμαρχε,", "Σας προσκαλούμε.", "We invite you.",
                "http://localhost:8080/r/PREVIEW");
        assertThat(jdbc.queryForObject("select count(*) from invitation where campaign_id = ?", Integer.class, campaign))
                .as("a preview creates nothing").isZero();

        JsonNode sent = fx.sendAndWait(campaign);
        assertThat(jdbc.queryForList("select i.municipality_id from mail_outbox m join invitation i on i.id = m.reference"
                + " where i.campaign_id = ? and m.purpose = 'invitation' order by m.id", String.class, campaign))
                .as("the outbox lists the invitations in the municipalities' order").isEqualTo(twenty);
        assertThat(sent.get("progress").get("total").asInt()).isEqualTo(20);
        assertThat(sent.get("progress").get("queued").asInt()).isEqualTo(20);
        assertThat(sent.get("counts").get(0).get("invited").asInt()).isEqualTo(20);
        assertThat(sent.get("counts").get(0).get("noAnswer").asInt()).isEqualTo(20);
        assertThat(sent.get("counts").get(0).get("capacity").asInt()).isEqualTo(50);

        List<String> recipients = jdbc.queryForList("select recipient from mail_outbox where purpose = 'invitation'"
                + " and recipient like '%.test.example' and subject like ?", String.class,
                "%" + sent.get("meetingId").asString().substring(0, 0) + "%");
        assertThat(jdbc.queryForObject("select count(*) from invitation where campaign_id = ? and status = 'SENT'",
                Integer.class, campaign)).isEqualTo(20);
        var tokens = fx.tokens(campaign);
        assertThat(tokens.values()).doesNotHaveDuplicates();
        for (String token : tokens.values()) {
            assertThat(jdbc.queryForObject("select count(*) from personal_link where token_hash = ?", Integer.class,
                    SecretTokens.hash(token))).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from personal_link where token_hash = ?", Integer.class,
                    token)).isZero();
        }
        assertThat(recipients).isNotEmpty();

        // wait for this campaign's first mail itself: the shared test server may also hold other
        // tests' mails, still going out from the outbox of a context they share
        MimeMessage first = null;
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (first == null && System.nanoTime() < until) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(fx.recipient(campaign, twenty.get(0)))) {
                    first = m;
                }
            }
            InvitationFixture.sleep(200);
        }
        assertThat(first).as("the first municipality's invitation").isNotNull();
        assertThat(first.getSubject()).startsWith("Πρόσκληση: Συνάντηση Εργασίας Test");
        assertThat(org.diktyo.accounts.SignInLinkTestAccess.plainText(first))
                .contains("http://localhost:8080/r/" + tokens.get(twenty.get(0)));

        JsonNode list = fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign + "/invitations", InvitationFixture.TOKEN), 200));
        assertThat(list).hasSize(20);
        assertThat(list.get(0).get("cc").asString()).startsWith("focal@");
        assertThat(fx.http.send("POST", "/api/v1/campaigns/" + campaign + "/send", InvitationFixture.TOKEN, null).statusCode())
                .as("sent once only").isEqualTo(409);
    }

    @Test
    void badCampaignsAreRefusedFieldByFieldAndNothingIsStored() {
        String meeting = fx.meeting(null, 40);
        int before = jdbc.queryForObject("select count(*) from invitation_campaign", Integer.class);
        var r = fx.http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns", InvitationFixture.TOKEN, """
                {"audience":"HAND_PICKED","municipalities":[],"quota":0,"deadline":"%s","parts":[],"letterEl":"",
                 "letterEn":"x","reminderDays":"7,x"}""".formatted(Today.inAthens().plusDays(60)), "Accept-Language", "en");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"municipalities\"", "\"quota\"", "\"parts\"", "\"letterEl\"", "\"reminderDays\"",
                "\"deadline\"", "The reply deadline must come before the day of the meeting.");
        assertThat(jdbc.queryForObject("select count(*) from invitation_campaign", Integer.class)).isEqualTo(before);
        assertThat(fx.http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns", null, "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void documentsTooLargeForOneMailAreRefusedWhenTheCampaignIsSavedAndWhenItIsSent() {
        String meeting = fx.meeting(null, 40);
        // two documents of 10 MB each: each may be uploaded (25 MB), together they exceed a mail's 20 MB
        String first = document(meeting, "programme.pdf");
        String second = document(meeting, "report.pdf");
        List<String> towns = fx.municipalities(260, 2);
        String parts = String.join(",", fx.parts(meeting).stream().map(p -> "\"" + p + "\"").toList());
        String body = """
                {"audience":"HAND_PICKED","municipalities":["%s","%s"],"quota":1,"deadline":"%s","parts":[%s],
                 "documents":[%s],"letterEl":"Σας προσκαλούμε.","letterEn":"We invite you.","reminderDays":""}""";
        int before = jdbc.queryForObject("select count(*) from invitation_campaign", Integer.class);
        var refused = fx.http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns", InvitationFixture.TOKEN,
                body.formatted(towns.get(0), towns.get(1), Today.inAthens().plusDays(30), parts,
                        "\"" + first + "\",\"" + second + "\""), "Accept-Language", "en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"documents\"", "do not fit in one email");
        assertThat(jdbc.queryForObject("select count(*) from invitation_campaign", Integer.class)).isEqualTo(before);

        // one fits; a campaign given both another way (saved before this check) is refused at sending, nothing sent
        String campaign = fx.body(fx.ok(fx.http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns",
                InvitationFixture.TOKEN, body.formatted(towns.get(0), towns.get(1), Today.inAthens().plusDays(30), parts,
                        "\"" + first + "\"")), 201)).get("id").asString();
        jdbc.update("insert into campaign_document (campaign_id, document_id) values (?, ?)", campaign, second);
        var notSent = fx.http.send("POST", "/api/v1/campaigns/" + campaign + "/send", InvitationFixture.TOKEN, null,
                "Accept-Language", "el");
        assertThat(notSent.statusCode()).isEqualTo(409);
        assertThat(notSent.body()).contains("δεν χωρούν σε ένα μήνυμα");
        assertThat(jdbc.queryForObject("select status from invitation_campaign where id = ?", String.class, campaign))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select count(*) from invitation where campaign_id = ?", Integer.class, campaign))
                .isZero();
    }

    private String document(String meeting, String filename) {
        byte[] pdf = new byte[10_000_000];
        System.arraycopy("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        return fx.body(fx.ok(fx.http.upload("/api/v1/meetings/" + meeting + "/documents", InvitationFixture.TOKEN, filename,
                pdf, new String[] {"titleEl", "Έγγραφο", "titleEn", "Document"}), 201)).get("id").asString();
    }

    @Test
    void theDemoInvitesAHandfulOfMembersToTheUpcomingMeetingAndItsMailsWaitInTheDemoMailbox() throws Exception {
        String campaign = jdbc.queryForObject("select id from invitation_campaign where created_by = 'demo'", String.class);
        long until = System.nanoTime() + 30_000_000_000L;
        while (jdbc.queryForObject("select count(*) from invitation where campaign_id = ? and status = 'PENDING'",
                Integer.class, campaign) > 0 && System.nanoTime() < until) {
            InvitationFixture.sleep(200);
        }
        assertThat(jdbc.queryForList("select municipality_id || ':' || status from invitation where campaign_id = ?"
                + " order by municipality_id", String.class, campaign))
                .containsExactly("athens:SENT", "heraklion:NO_ADDRESS", "ioannina:SENT", "thessaloniki:SENT");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'invitation'"
                + " and recipient in ('mayor@athens.example', 'mayor@thessaloniki.example')",
                Integer.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyMemberHasAMayorInTheDemoSoACampaignToAllMembersIsSentAtOnce() throws Exception {
        List<String> mayors = jdbc.queryForList("select m.id || ':' || c.full_name from municipality m join contact c"
                + " on c.municipality_id = m.id and c.kind = 'MAYOR' where m.status = 'MEMBER' order by m.id", String.class);
        assertThat(mayors).hasSize(18);
        // only the names in the project's sources are real people's; the others are evidently the demo's
        assertThat(mayors).filteredOn(m -> !m.contains("(demo)"))
                .containsExactly("athens:Χάρης Δούκας", "thessaloniki:Στέλιος Αγγελούδης");
        assertThat(mayors).contains("ioannina:Δήμαρχος (demo) Ιωαννιτών");

        String meeting = fx.meeting(null, 45);
        JsonNode proposal = fx.body(fx.ok(fx.http.get("/api/v1/meetings/" + meeting + "/campaigns/proposal",
                InvitationFixture.TOKEN), 200));
        assertThat(proposal.get("audience").asString()).isEqualTo("MEMBERS");
        String body = json.writeValueAsString(proposal);
        String campaign = fx.body(fx.ok(fx.http.send("POST", "/api/v1/meetings/" + meeting + "/campaigns",
                InvitationFixture.TOKEN, body), 201)).get("id").asString();
        JsonNode preview = fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign + "/preview", InvitationFixture.TOKEN), 200));
        assertThat(preview.get("recipients")).hasSize(18);
        assertThat(preview.get("withoutLetter")).isEmpty();
        fx.ok(fx.http.send("POST", "/api/v1/campaigns/" + campaign + "/send", InvitationFixture.TOKEN, null), 202);
    }
}
