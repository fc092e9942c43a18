package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * A part's capacity changed after the invitations went out: fewer seats than given is refused
 * and changes nothing; more seats go to the waitlist in order, with the "moved up" mail; no
 * limit seats everyone; a part that had no limit gets one that counts the seats its answers hold.
 */
@DatabaseTest
class CapacityChangeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    InvitationFixture fx;
    String meeting;
    List<String> parts;
    LocalDate day = Today.inAthens().plusDays(40);

    String partJson(String el, String en, String from, String to, Integer capacity) {
        return """
                {"titleEl":"%s","titleEn":"%s","date":"%s","startTime":"%s","endTime":"%s",
                 "venueEl":"Δημαρχιακό Μέγαρο","venueEn":"Town Hall","streetEl":"Αθηνάς 63","streetEn":"63 Athinas Street",
                 "postcode":"10552","cityEl":"Αθήνα","cityEn":"Athens","roomEl":"Αίθουσα Δημοτικού Συμβουλίου",
                 "roomEn":"City Council Hall","floor":2,"capacity":%s,"answeredSeparately":false}
                """.formatted(el, en, day, from, to, capacity == null ? "null" : capacity);
    }

    java.net.http.HttpResponse<String> capacity(int part, Integer capacity) {
        String body = part == 0 ? partJson("Συνάντηση εργασίας", "Working meeting", "17:30", "20:00", capacity)
                : partJson("Δεξίωση", "Reception", "20:00", "22:00", capacity);
        return fx.http.send("PUT", "/api/v1/meetings/" + meeting + "/parts/" + parts.get(part), InvitationFixture.TOKEN,
                body, "Accept-Language", "en");
    }

    int seated(String campaign, String town, int part) {
        return jdbc.queryForObject("select ip.seated from invitation_part ip join invitation i on i.id = ip.invitation_id"
                + " where i.campaign_id = ? and i.municipality_id = ? and ip.part_id = ?", Integer.class, campaign, town,
                parts.get(part));
    }

    int movedUpMails(String campaign, String town) {
        return jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'rsvp-movedup' and reference ="
                + " (select id from invitation where campaign_id = ? and municipality_id = ?)", Integer.class, campaign, town);
    }

    @Test
    void seatsFollowTheCapacityAndNeverFallBelowThoseGiven() {
        fx = new InvitationFixture(new Http(port), jdbc, json);
        meeting = fx.meeting(2, 40);
        parts = fx.parts(meeting);
        List<String> towns = fx.municipalities(307, 3);
        String campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "");
        fx.sendAndWait(campaign);
        Map<String, String> tokens = fx.tokens(campaign);
        for (String town : towns) {
            fx.ok(fx.http.send("PUT", "/api/v1/rsvp/" + tokens.get(town), null, """
                    {"parts":{"%s":"ATTEND","%s":"ATTEND"},"delegates":[{"fullName":"Α %s"},{"fullName":"Β %s"}]}
                    """.formatted(parts.get(0), parts.get(1), town, town)), 200);
        }
        assertThat(seated(campaign, towns.get(0), 0)).isEqualTo(2);
        assertThat(seated(campaign, towns.get(1), 0) + seated(campaign, towns.get(2), 0)).as("the rest wait").isZero();

        var refused = capacity(0, 1);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("The capacity cannot be less than the seats already given (2). Nothing was changed.");
        assertThat(fx.body(fx.http.get("/api/v1/meetings/" + meeting + "/parts", InvitationFixture.TOKEN)).get(0)
                .get("capacity").asInt()).isEqualTo(2);

        fx.ok(capacity(0, 3), 200);
        assertThat(seated(campaign, towns.get(1), 0)).as("the head of the waitlist moves up").isEqualTo(1);
        assertThat(seated(campaign, towns.get(2), 0)).isZero();
        assertThat(movedUpMails(campaign, towns.get(1))).isEqualTo(1);
        assertThat(movedUpMails(campaign, towns.get(2))).isZero();
        assertThat(jdbc.queryForObject("select sum(capacity) from part_seats where part_id = ?", Integer.class,
                parts.get(0))).isEqualTo(3);

        fx.ok(capacity(0, null), 200);
        assertThat(seated(campaign, towns.get(1), 0)).isEqualTo(2);
        assertThat(seated(campaign, towns.get(2), 0)).as("no limit: everyone seated").isEqualTo(2);
        assertThat(fx.body(fx.http.get("/api/v1/campaigns/" + campaign, InvitationFixture.TOKEN)).get("counts").get(0)
                .get("waitlisted").asInt()).isZero();

        var removed = fx.http.send("DELETE", "/api/v1/meetings/" + meeting + "/parts/" + parts.get(0),
                InvitationFixture.TOKEN, null, "Accept-Language", "en");
        assertThat(removed.statusCode()).as("a part with answers is not removed").isEqualTo(409);
        assertThat(removed.body()).contains("Nothing was changed");
        assertThat(fx.body(fx.http.get("/api/v1/meetings/" + meeting + "/parts", InvitationFixture.TOKEN))).hasSize(2);

        var tooSmall = capacity(1, 5);
        assertThat(tooSmall.statusCode()).as("the reception seats six already").isEqualTo(409);
        fx.ok(capacity(1, 6), 200);
        assertThat(jdbc.queryForObject("select sum(taken) from part_seats where part_id = ?", Integer.class, parts.get(1)))
                .isEqualTo(6);
    }
}
