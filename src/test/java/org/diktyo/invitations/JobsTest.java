package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.JobRounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reminders go, once, to the municipalities that have not answered when they fall due; the
 * agenda goes, once per version, to every invitee when it is published and when it changes
 * (the meetings module's events, through the event publication registry).
 */
@DatabaseTest
class JobsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Value("${diktyo.jobs.interval}")
    java.time.Duration jobsInterval;

    int mails(String purpose, String campaign) {
        return jdbc.queryForObject("select count(*) from mail_outbox m where m.purpose = ? and m.recipient in"
                + " (select to_email from invitation where campaign_id = ?)", Integer.class, purpose, campaign);
    }

    void awaitJobs(String campaign, int done) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            if (jdbc.queryForObject("select count(*) from scheduled_job where subject_id = ? and done_at is not null",
                    Integer.class, campaign) >= done) {
                return;
            }
            InvitationFixture.sleep(250);
        }
        throw new AssertionError("jobs not run in time");
    }

    @Test
    void remindersAndAgendaNoticesGoOutExactlyOnce() {
        InvitationFixture fx = new InvitationFixture(new Http(port), jdbc, json);
        String meeting = fx.meeting(null, 40);
        List<String> towns = fx.municipalities(60, 4);
        String campaign = fx.campaign(meeting, towns, 2, Today.inAthens().plusDays(30), "7,2");
        fx.sendAndWait(campaign);
        Map<String, String> tokens = fx.tokens(campaign);
        assertThat(jdbc.queryForList("select id from scheduled_job where subject_id = ? order by due_at", String.class,
                campaign)).containsExactly("REMINDER:" + campaign + ":7", "REMINDER:" + campaign + ":2");

        List<String> parts = fx.parts(meeting);
        fx.ok(fx.http.send("PUT", "/api/v1/rsvp/" + tokens.get(towns.get(0)), null, """
                {"parts":{"%s":"DECLINE","%s":"DECLINE"},"delegates":[]}""".formatted(parts.get(0), parts.get(1))), 200);

        jdbc.update("update scheduled_job set due_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                "REMINDER:" + campaign + ":7");
        awaitJobs(campaign, 1);
        JobRounds.passThree(jobsInterval); // more runs of the scheduler: nothing twice
        assertThat(mails("rsvp-reminder", campaign)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select outcome from scheduled_job where id = ?", String.class,
                "REMINDER:" + campaign + ":7")).isEqualTo("3");
        String reminder = jdbc.queryForObject("select body_text from mail_outbox where purpose = 'rsvp-reminder'"
                + " and recipient = ? order by id desc fetch first 1 rows only", String.class, fx.recipient(campaign, towns.get(1)));
        assertThat(reminder).contains("Δεν έχουμε λάβει ακόμη την απάντησή σας", "http://localhost:8080/r/");
        String fresh = InvitationFixture.LINK.matcher(reminder).results().findFirst().orElseThrow().group(1);
        fx.ok(fx.http.get("/api/v1/rsvp/" + fresh, null), 200);
        fx.ok(fx.http.get("/api/v1/rsvp/" + tokens.get(towns.get(1)), null), 200);

        fx.ok(fx.http.send("PUT", "/api/v1/meetings/" + meeting + "/agenda", InvitationFixture.TOKEN, """
                [{"time":"17:30","titleEl":"Καλωσόρισμα","titleEn":"Welcome","speakers":"Χάρης Δούκας"},
                 {"time":"18:00","titleEl":"Καλές πρακτικές","titleEn":"Good practices","speakers":""}]"""), 200);
        fx.ok(fx.http.send("POST", "/api/v1/meetings/" + meeting + "/agenda/publish", InvitationFixture.TOKEN, null), 200);
        awaitJobs(campaign, 2);
        JobRounds.passThree(jobsInterval);
        assertThat(mails("rsvp-agenda", campaign)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select body_text from mail_outbox where purpose = 'rsvp-agenda' and recipient = ?"
                + " order by id desc fetch first 1 rows only", String.class, fx.recipient(campaign, towns.get(0))))
                .contains("17:30 Καλωσόρισμα (Χάρης Δούκας)", "17:30 Welcome");

        fx.ok(fx.http.send("PUT", "/api/v1/meetings/" + meeting + "/agenda", InvitationFixture.TOKEN, """
                [{"time":"17:30","titleEl":"Καλωσόρισμα","titleEn":"Welcome","speakers":"Χάρης Δούκας"}]"""), 200);
        awaitJobs(campaign, 3);
        JobRounds.passThree(jobsInterval);
        assertThat(mails("rsvp-agenda", campaign)).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Integer.class)).as("every agenda event was handled").isZero();
    }
}
