package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.TestSmtp;
import org.diktyo.accounts.SignInLinkTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The secretariat's delivery column and "send again": each invitation shows what became of its
 * mail (queued, then sent once the relay took it); resending delivers the invitation again with
 * a new link while the first stays valid; resending what was never sent is refused.
 */
@DatabaseTest
class ResendTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void deliveryIsShownPerInvitationAndResendingSendsANewLinkWhileTheFirstStaysValid() throws Exception {
        InvitationFixture fx = new InvitationFixture(new Http(port), jdbc, json);
        String meeting = fx.meeting(null, 40);
        List<String> towns = fx.municipalities(303, 2);
        String campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "");
        fx.sendAndWait(campaign);
        Map<String, String> first = fx.tokens(campaign);

        JsonNode delivered = awaitDelivery(fx, campaign, towns.size());
        String invitation = null;
        for (JsonNode i : delivered) {
            assertThat(i.get("delivery").asString()).isEqualTo("SENT");
            if (towns.get(0).equals(i.get("municipalityId").asString())) {
                invitation = i.get("id").asString();
            }
        }
        assertThat(invitation).isNotNull();
        String to = fx.recipient(campaign, towns.get(0));
        assertThat(mailsTo(to)).hasSize(1);

        fx.ok(fx.http.send("POST", "/api/v1/invitations/" + invitation + "/resend", InvitationFixture.TOKEN, null), 204);
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (mailsTo(to).size() < 2 && System.nanoTime() < until) {
            InvitationFixture.sleep(100);
        }
        List<MimeMessage> both = mailsTo(to);
        assertThat(both).as("the invitation delivered again").hasSize(2);
        Matcher again = InvitationFixture.LINK.matcher(SignInLinkTestAccess.plainText(both.get(1)));
        assertThat(again.find()).isTrue();
        String second = again.group(1);
        assertThat(second).isNotEqualTo(first.get(towns.get(0)));
        fx.ok(fx.http.get("/api/v1/rsvp/" + second, null), 200);
        fx.ok(fx.http.get("/api/v1/rsvp/" + first.get(towns.get(0)), null), 200);
        assertThat(both.get(1).getSubject()).isEqualTo(both.get(0).getSubject());

        assertThat(fx.http.send("POST", "/api/v1/invitations/no-such-invitation/resend", InvitationFixture.TOKEN, null)
                .statusCode()).isEqualTo(404);
        assertThat(fx.http.send("POST", "/api/v1/invitations/" + invitation + "/resend", null, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void anInvitationNeverSentIsNotResent() {
        InvitationFixture fx = new InvitationFixture(new Http(port), jdbc, json);
        String meeting = fx.meeting(null, 40);
        List<String> towns = fx.municipalities(305, 1);
        String campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "");
        fx.sendAndWait(campaign);
        String invitation = jdbc.queryForObject("select id from invitation where campaign_id = ?", String.class, campaign);
        jdbc.update("update invitation set status = 'NO_ADDRESS' where id = ?", invitation);
        int mails = jdbc.queryForObject("select count(*) from mail_outbox", Integer.class);
        var refused = fx.http.send("POST", "/api/v1/invitations/" + invitation + "/resend", InvitationFixture.TOKEN, null,
                "Accept-Language", "en");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).as("nothing queued")
                .isEqualTo(mails);
    }

    private JsonNode awaitDelivery(InvitationFixture fx, String campaign, int n) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode list = null;
        while (System.nanoTime() < until) {
            list = fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign + "/invitations", InvitationFixture.TOKEN), 200));
            long sent = 0;
            for (JsonNode i : list) {
                sent += "SENT".equals(i.get("delivery").asString()) ? 1 : 0;
            }
            if (sent == n) {
                return list;
            }
            InvitationFixture.sleep(200);
        }
        throw new AssertionError("not delivered in time: " + list);
    }

    /** The messages addressed to {@code to}, once each (GreenMail keeps a copy per recipient, the copy too). */
    private List<MimeMessage> mailsTo(String to) throws Exception {
        Map<String, MimeMessage> byId = new java.util.LinkedHashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(to)) {
                byId.putIfAbsent(m.getMessageID(), m);
            }
        }
        return List.copyOf(byId.values());
    }
}
