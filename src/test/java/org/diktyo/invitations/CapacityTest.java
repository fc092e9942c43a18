package org.diktyo.invitations;

import org.diktyo.Today;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.diktyo.DatabaseEngine;
import org.diktyo.DatabaseTest;
import org.diktyo.DiktyoApplication;
import org.diktyo.Http;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No overbooking, ever: 200 municipalities answer at the same moment for a part with 50
 * seats, through two application instances on one database (the test's server and a second
 * one started here). Exactly 50 attend, the other 150 wait in the order they came, nobody
 * gets an error; when one withdraws, the head of the waitlist moves up and is told by mail.
 */
@DatabaseTest
class CapacityTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Environment env;

    ConfigurableApplicationContext secondInstance() {
        // command-line arguments: they win over application.yml, as the test's own properties do
        return new SpringApplicationBuilder(DiktyoApplication.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                "--spring.mail.port=" + TestSmtp.port(),
                "--diktyo.demo.enabled=false");
    }

    @Test
    void twoHundredParallelAnswersOnTwoInstancesFillFiftySeatsAndWaitTheRestInOrder() throws Exception {
        InvitationFixture fx = new InvitationFixture(new Http(port), jdbc, json);
        String meeting = fx.meeting(50, 45);
        List<String> parts = fx.parts(meeting);
        String work = parts.get(0);
        List<String> towns = fx.municipalities(100, 200);
        String campaign = fx.campaign(meeting, towns, 1, Today.inAthens().plusDays(30), "");
        fx.sendAndWait(campaign);
        Map<String, String> tokens = fx.tokens(campaign);

        try (ConfigurableApplicationContext second = secondInstance()) {
            int otherPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            List<Http> instances = List.of(new Http(port), new Http(otherPort));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(200);
            try {
                for (int i = 0; i < towns.size(); i++) {
                    Http http = instances.get(i % 2);
                    String token = tokens.get(towns.get(i));
                    String body = """
                            {"parts":{"%s":"ATTEND","%s":"DECLINE"},"delegates":[{"fullName":"Εκπρόσωπος %d"}]}
                            """.formatted(work, parts.get(1), i);
                    answers.add(pool.submit(() -> {
                        start.await();
                        return http.send("PUT", "/api/v1/rsvp/" + token, null, body);
                    }));
                }
                start.countDown();
                int seated = 0;
                int waiting = 0;
                for (Future<HttpResponse<String>> f : answers) {
                    HttpResponse<String> r = f.get();
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    JsonNode part = json.readTree(r.body()).get("parts").get(0);
                    seated += part.get("seated").asInt();
                    waiting += part.get("waitlisted").asInt();
                }
                assertThat(seated).isEqualTo(50);
                assertThat(waiting).isEqualTo(150);
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.queryForObject("select sum(taken) from part_seats where part_id = ?", Integer.class, work))
                    .isEqualTo(50);
            assertThat(jdbc.queryForObject("select sum(seated) from invitation_part where part_id = ?", Integer.class, work))
                    .isEqualTo(50);
            List<Map<String, Object>> line = jdbc.query("select invitation_id, waitlist_seq, waitlisted_at"
                    + " from invitation_part where part_id = ? and wanted > seated order by waitlist_seq",
                    (rs, n) -> Map.<String, Object>of("invitation_id", rs.getString(1), "waitlist_seq", rs.getLong(2),
                            "waitlisted_at", rs.getTimestamp(3)), work);
            assertThat(line).hasSize(150);
            Timestamp previous = null;
            for (int i = 0; i < line.size(); i++) {
                assertThat(((Number) line.get(i).get("waitlist_seq")).longValue()).isEqualTo(i + 1);
                Timestamp at = (Timestamp) line.get(i).get("waitlisted_at");
                if (previous != null) {
                    assertThat(at).as("the waitlist is in the order of arrival").isAfterOrEqualTo(previous);
                }
                previous = at;
            }

            // One of the fifty withdraws: the head of the waitlist moves up, and is told.
            String head = (String) line.get(0).get("invitation_id");
            String seatedTown = jdbc.queryForObject("select i.municipality_id from invitation_part ip join invitation i"
                    + " on i.id = ip.invitation_id where ip.part_id = ? and ip.seated = 1 fetch first 1 rows only",
                    String.class, work);
            fx.ok(new Http(otherPort).send("PUT", "/api/v1/rsvp/" + tokens.get(seatedTown), null, """
                    {"parts":{"%s":"DECLINE","%s":"DECLINE"},"delegates":[]}""".formatted(work, parts.get(1))), 200);
            assertThat(jdbc.queryForObject("select seated from invitation_part where part_id = ? and invitation_id = ?",
                    Integer.class, work, head)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select sum(taken) from part_seats where part_id = ?", Integer.class, work))
                    .isEqualTo(50);
            // by the invitation, not the address: other tests' campaigns write to the same municipalities
            assertThat(jdbc.queryForObject("select count(*) from mail_outbox where purpose = 'rsvp-movedup' and reference = ?",
                    Integer.class, head)).isEqualTo(1);
            Map<String, Integer> positions = new HashMap<>();
            JsonNode second2 = json.readTree(new Http(port).get("/api/v1/rsvp/" + tokens.get(
                    jdbc.queryForObject("select municipality_id from invitation where id = ?", String.class,
                            line.get(1).get("invitation_id"))), null).body());
            positions.put("second", second2.get("parts").get(0).get("waitlistPosition").asInt());
            assertThat(positions.get("second")).as("the next in line is now first").isEqualTo(1);
            System.out.println("CapacityTest on " + DatabaseEngine.name() + ": 200 answers, 2 instances, 50 seated, 150 waiting in order");
        }
    }
}
