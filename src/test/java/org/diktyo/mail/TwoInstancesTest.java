package org.diktyo.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.diktyo.DatabaseEngine;
import org.diktyo.DatabaseTest;
import org.diktyo.DiktyoApplication;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Two instances of the application on one database — the test's own and a second one started
 * here, each delivering mail — send 100 queued messages: each exactly once (by Message-ID), and
 * both take part. On H2 the second instance shares the test's in-memory database (same JVM).
 */
@DatabaseTest
class TwoInstancesTest {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Test
    void twoInstancesSendAHundredMessagesOnceEach() {
        GreenMail relay = RelayOutageTest.relay();
        // Command-line arguments: they outrank application.yml (default properties would not).
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(DiktyoApplication.class)
                .profiles("demo", "test")
                .run("--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--spring.mail.port=" + TestSmtp.port(), "--server.port=0", "--spring.main.banner-mode=off",
                        "--diktyo.mail.delivery.instance=second-instance")) {
            long started = System.nanoTime();
            List<Long> ids = tx.execute(status -> IntStream.rangeClosed(1, 100).mapToObj(i -> outbox.queue(new OutgoingMail(
                    "member-" + i + "@two.test", "Δύο εκδοχές, μήνυμα " + i, "Κείμενο " + i, null, "two-instances")))
                    .toList());
            var named = new NamedParameterJdbcTemplate(jdbc);
            boolean allSent = Mailboxes.await(Duration.ofSeconds(90), () -> named.queryForObject(
                    "select count(*) from mail_outbox where id in (:ids) and status = 'SENT'", Map.of("ids", ids),
                    Integer.class) == 100);
            assertThat(allSent).isTrue();
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertThat(Mailboxes.await(Duration.ofSeconds(10),
                    () -> Mailboxes.to(relay.getReceivedMessages(), "two.test").size() >= 100)).isTrue();

            Map<String, Integer> byId = Mailboxes.countByMessageId(Mailboxes.to(relay.getReceivedMessages(), "two.test"));
            List<String> expected = named.queryForList("select message_id from mail_outbox where id in (:ids)",
                    Map.of("ids", ids), String.class);
            assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(byId.values()).as("each message once").allMatch(n -> n == 1);
            List<Map<String, Object>> split = named.queryForList("select claimed_by, count(*) as sent from mail_outbox"
                    + " where id in (:ids) group by claimed_by", Map.of("ids", ids));
            System.out.printf("Two instances on %s: 100 messages sent once each in %d ms; by instance: %s%n",
                    DatabaseEngine.name(), millis, split);
            assertThat(split).as("both instances sent some").hasSize(2);
            assertThat(split).extracting(r -> r.get("claimed_by")).contains("second-instance");
        } finally {
            relay.stop();
        }
    }
}
