package org.diktyo.invitations.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.diktyo.DatabaseEngine;
import org.diktyo.Http;
import org.diktyo.TestSmtp;
import org.diktyo.Today;
import org.diktyo.invitations.InvitationFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the sender queues a whole campaign, batch after batch, and marks it sent: a
 * secretariat that sends to 60 municipalities sees "sent" after one run, not after one run per
 * 25; and one invitation that cannot be queued holds up none of the others. On a database of its own, with this context's scheduler slowed to once an hour, so that
 * only the test's call sends (no other test context's sender shares the database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = CampaignInOneRunTest.OwnDatabase.class)
@TestPropertySource(properties = "diktyo.invitations.send-interval=1h")
@Tag("database")
class CampaignInOneRunTest {

    /** The database of this test alone. */
    static class OwnDatabase extends DatabaseEngine {

        @Override
        protected String suffix() {
            return "_sender";
        }
    }

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    InvitationSender sender;

    @Test
    void sixtyInvitationsAreQueuedAndTheCampaignMarkedSentInOneRun() {
        String campaign = sending(fixture(), 100, 60);

        sender.sendDue();

        assertThat(status(campaign)).as("sent after one run").isEqualTo("SENT");
        assertThat(jdbc.queryForObject("select count(*) from invitation where campaign_id = ? and status = 'PENDING'",
                Integer.class, campaign)).isZero();
        assertThat(queued(campaign)).as("one invitation mail per municipality").isEqualTo(60);
    }

    @Test
    void anInvitationThatCannotBeQueuedHoldsUpNoOtherAndGoesOnceMended() {
        InvitationFixture fx = fixture();
        String campaign = sending(fx, 170, 30);
        // the first in the sender's order: an address the outbox refuses (as if changed by hand in the database)
        String first = jdbc.queryForObject("select id from invitation where campaign_id = ? order by municipality_id, id"
                + " fetch first 1 rows only", String.class, campaign);
        String address = jdbc.queryForObject("select to_email from invitation where id = ?", String.class, first);
        jdbc.update("update invitation set to_email = 'not an address' where id = ?", first);

        sender.sendDue();

        assertThat(queued(campaign)).as("the 29 others queued in the first run").isEqualTo(29);
        assertThat(jdbc.queryForObject("select status from invitation where id = ?", String.class, first)).isEqualTo("PENDING");
        assertThat(status(campaign)).as("not sent while one is pending").isEqualTo("SENDING");
        String[] delivery = delivery(fx, campaign, first);
        assertThat(delivery[0]).as("the secretariat sees it is not sent").isEqualTo("NOT_QUEUED");
        assertThat(delivery[1]).as("and why").contains("not an address");

        // held back a second after its first failure, then tried again
        jdbc.update("update invitation set to_email = ? where id = ?", address, first);
        InvitationFixture.sleep(HeldInvitations.FIRST.toMillis() + 100);
        sender.sendDue();

        assertThat(queued(campaign)).isEqualTo(30);
        assertThat(status(campaign)).isEqualTo("SENT");
        assertThat(delivery(fx, campaign, first)[0]).isNotEqualTo("NOT_QUEUED");
        assertThat(jdbc.queryForObject("select send_error from invitation where id = ?", String.class, first))
                .as("its reason cleared").isNull();
    }

    private InvitationFixture fixture() {
        return new InvitationFixture(new Http(port), jdbc, json);
    }

    /** A campaign to the {@code n} non-members from {@code skip} on, sent: its invitations written, none queued yet. */
    private String sending(InvitationFixture fx, int skip, int n) {
        List<String> towns = fx.municipalities(skip, n);
        String campaign = fx.campaign(fx.meeting(null, 40), towns, 1, Today.inAthens().plusDays(30), "");
        fx.ok(fx.http.send("POST", "/api/v1/campaigns/" + campaign + "/send", InvitationFixture.TOKEN, null), 202);
        assertThat(status(campaign)).isEqualTo("SENDING");
        return campaign;
    }

    /** The invitation's delivery and its error, as the campaign's invitations in the API give them. */
    private static String[] delivery(InvitationFixture fx, String campaign, String invitation) {
        for (var i : fx.body(fx.ok(fx.http.get("/api/v1/campaigns/" + campaign + "/invitations", InvitationFixture.TOKEN), 200))) {
            if (i.get("id").asString().equals(invitation)) {
                return new String[] {i.get("delivery").asString(), i.get("deliveryError").isNull() ? null
                        : i.get("deliveryError").asString()};
            }
        }
        throw new AssertionError("invitation " + invitation + " not listed");
    }

    private int queued(String campaign) {
        return jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'invitation' and recipient in"
                + " (select to_email from invitation where campaign_id = ?)", Integer.class, campaign);
    }

    private String status(String campaign) {
        return jdbc.queryForObject("select status from invitation_campaign where id = ?", String.class, campaign);
    }
}
