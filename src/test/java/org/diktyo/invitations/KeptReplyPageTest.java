package org.diktyo.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.TestSmtp;
import org.diktyo.Today;
import org.diktyo.platform.KeptReads;
import org.diktyo.platform.RenderedPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import tools.jackson.databind.json.JsonMapper;

/**
 * The reply page read again without a session is answered from memory (ADR 0031), pages kept
 * for 60 s here so that only a change can explain a new one: an answer and a revocation are seen
 * at the next read; an unknown link is never kept, and is still counted as a guess.
 */
@DatabaseTest
@TestPropertySource(properties = {"diktyo.pages.kept=true", "diktyo.pages.max-age=60s"})
class KeptReplyPageTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    RenderedPages pages;

    InvitationFixture fx;
    List<String> parts;
    List<String> towns;
    Map<String, String> tokens;
    String campaign;

    @BeforeEach
    void setUp() {
        fx = new InvitationFixture(new Http(port), jdbc, json);
        String meeting = fx.meeting(40, 40);
        parts = fx.parts(meeting);
        towns = fx.municipalities(40, 2);
        campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "3");
        fx.sendAndWait(campaign);
        tokens = fx.tokens(campaign);
    }

    @Test
    void anAnswerAndARevocationAreSeenAtTheNextRead() {
        String token = tokens.get(towns.get(0));
        String page = "/r/" + token;
        KeptReads.MadeThenKept read = KeptReads.keptAfterMiss(fx.http, pages, page);
        assertThat(read.kept().body()).isEqualTo(read.made().body());
        HttpResponse<String> made = read.made();
        assertThat(made.body()).doesNotContain("Ελένη Κωνσταντίνου");

        String invitation = fx.body(fx.http.get("/api/v1/rsvp/" + token, null)).get("invitationId").asString();
        fx.ok(fx.http.send("PUT", "/api/v1/rsvp/" + token, null, """
                {"invitationId":"%s","parts":{"%s":"ATTEND","%s":"DECLINE"},"delegates":[{"fullName":"Ελένη Κωνσταντίνου",
                 "roleTitle":"Αντιδήμαρχος","email":"eleni@example.gr","phone":"+30 210 000 0000","needs":""}]}"""
                .formatted(invitation, parts.get(0), parts.get(1))), 200);
        HttpResponse<String> answered = fx.http.get(page, null);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Ελένη Κωνσταντίνου");

        fx.ok(fx.http.send("POST", "/api/v1/invitations/" + invitation + "/revoke", InvitationFixture.TOKEN, null), 204);
        assertThat(fx.http.get(page, null).statusCode()).isEqualTo(410);
    }

    @Test
    void anUnknownLinkIsNeverKept() {
        long stored = pages.stored();
        long hits = pages.hits();
        String unknown = "/r/" + "y".repeat(43);
        assertThat(fx.http.get(unknown, null).statusCode()).isEqualTo(404);
        assertThat(fx.http.get(unknown, null).statusCode()).isEqualTo(404);
        assertThat(pages.stored()).isEqualTo(stored);
        assertThat(pages.hits()).isEqualTo(hits);
    }
}
