package org.diktyo.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

import org.diktyo.DatabaseEngine;
import org.diktyo.DatabaseTest;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP relay goes down while 100 messages are being sent, and comes back: every message
 * arrives, after retries with back-off, counted by Message-ID.
 *
 * <p>Two kinds of outage. A relay that stops taking connections (the others finish): every
 * message exactly once. A relay killed in the middle of a conversation, the instant after it
 * stored a message and before it said so: the sender cannot know the message arrived and sends
 * it again — SMTP's own limit, the same as a sender killed at that instant (ADR 0007) — so the
 * message in flight may arrive twice, with the same Message-ID; nothing is lost.
 */
@DatabaseTest
class RelayOutageTest {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    static GreenMail relay(int port) {
        GreenMail relay = new GreenMail(new ServerSetup(port, null, ServerSetup.PROTOCOL_SMTP));
        relay.start();
        return relay;
    }

    static GreenMail relay() {
        return relay(TestSmtp.port());
    }

    @Test
    void aRelayThatStopsTakingConnectionsMidSendThenReturnsGetsEveryMessageExactlyOnce() throws Exception {
        int relayPort;
        try (ServerSocket free = new ServerSocket(0)) {
            relayPort = free.getLocalPort();
        }
        GreenMail relay = relay(relayPort);
        long started = System.nanoTime();
        List<Long> ids;
        int beforeOutage;
        try (SmtpSwitch smtpSwitch = new SmtpSwitch(TestSmtp.port(), relayPort)) {
            ids = queue("down.test");
            assertThat(relay.waitForIncomingEmail(Duration.ofSeconds(30).toMillis(), 1)).isTrue();
            smtpSwitch.off();
            beforeOutage = Mailboxes.to(relay.getReceivedMessages(), "down.test").size();
            assertThat(Mailboxes.await(Duration.ofSeconds(30), () -> count(ids,
                    "status = 'QUEUED' and attempts >= 2 and last_error_kind = 'CONNECTION'") > 0))
                    .as("attempts fail while the relay is down").isTrue();
            Thread.sleep(1000);
            smtpSwitch.on();
            assertThat(Mailboxes.await(Duration.ofSeconds(90), () -> count(ids, "status = 'SENT'") == 100))
                    .as("sent: %d of 100", count(ids, "status = 'SENT'")).isTrue();
            Thread.sleep(500);
        }
        List<MimeMessage> received = Mailboxes.to(relay.getReceivedMessages(), "down.test");
        relay.stop();
        Map<String, Integer> byId = Mailboxes.countByMessageId(received);
        int attempts = attempts(ids);
        System.out.printf("Relay refusing connections on %s: %d of 100 through before, %d attempts in all,"
                + " all 100 delivered once each in %d s%n", DatabaseEngine.name(), beforeOutage, attempts,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertThat(beforeOutage).as("the relay went down mid-send").isLessThan(100);
        assertThat(byId.keySet()).as("every message arrived").containsExactlyInAnyOrderElementsOf(messageIds(ids));
        assertThat(byId.values()).as("none twice").allMatch(n -> n == 1);
        assertThat(attempts).as("messages were retried").isGreaterThan(100);
    }

    @Test
    void aRelayKilledMidConversationLosesNothingAndRepeatsAtMostTheMessageInFlight() throws Exception {
        List<MimeMessage> received = new ArrayList<>();
        GreenMail first = relay();
        Managers firstStore = first.getManagers(); // stop() replaces the store; this one keeps what arrived
        long started = System.nanoTime();
        List<Long> ids;
        try {
            ids = queue("killed.test");
            // Killed the instant the first message is stored: the worst moment, before it says "250 OK".
            assertThat(first.waitForIncomingEmail(Duration.ofSeconds(30).toMillis(), 1)).isTrue();
        } finally {
            first.stop();
        }
        received.addAll(Mailboxes.to(received(firstStore), "killed.test"));
        int beforeOutage = received.size();
        assertThat(Mailboxes.await(Duration.ofSeconds(30), () -> count(ids,
                "status = 'QUEUED' and attempts >= 2 and last_error_kind = 'CONNECTION'") > 0)).isTrue();
        Thread.sleep(1000);

        GreenMail second = relay();
        Managers secondStore = second.getManagers();
        try {
            assertThat(Mailboxes.await(Duration.ofSeconds(90), () -> count(ids, "status = 'SENT'") == 100))
                    .as("sent: %d of 100", count(ids, "status = 'SENT'")).isTrue();
            Thread.sleep(500);
        } finally {
            second.stop();
        }
        received.addAll(Mailboxes.to(received(secondStore), "killed.test"));
        Map<String, Integer> byId = Mailboxes.countByMessageId(received);
        int duplicates = byId.values().stream().mapToInt(n -> n - 1).sum();
        System.out.printf("Relay killed mid-conversation on %s: %d of 100 stored before, %d attempts in all,"
                + " all 100 delivered in %d s, %d twice (same Message-ID)%n", DatabaseEngine.name(), beforeOutage,
                attempts(ids), Duration.ofNanos(System.nanoTime() - started).toSeconds(), duplicates);
        assertThat(beforeOutage).as("the relay went down mid-send").isBetween(1, 99);
        assertThat(byId.keySet()).as("every message arrived").containsExactlyInAnyOrderElementsOf(messageIds(ids));
        assertThat(duplicates).as("at most the one message in flight when the relay died").isLessThanOrEqualTo(1);
    }

    private List<Long> queue(String domain) {
        return tx.execute(status -> IntStream.rangeClosed(1, 100).mapToObj(i -> outbox.queue(new OutgoingMail(
                "member-" + i + "@" + domain, "Πρόσκληση αρ. " + i, "Κείμενο " + i, null, "outage-test"))).toList());
    }

    static MimeMessage[] received(Managers store) {
        return store.getImapHostManager().getAllMessages().stream().map(StoredMessage::getMimeMessage)
                .toArray(MimeMessage[]::new);
    }

    private List<String> messageIds(List<Long> ids) {
        return new NamedParameterJdbcTemplate(jdbc).queryForList("select message_id from mail_outbox where id in (:ids)",
                Map.of("ids", ids), String.class);
    }

    private int attempts(List<Long> ids) {
        Integer n = new NamedParameterJdbcTemplate(jdbc).queryForObject(
                "select sum(attempts) from mail_outbox where id in (:ids)", Map.of("ids", ids), Integer.class);
        return n == null ? 0 : n;
    }

    private int count(List<Long> ids, String condition) {
        Integer n = new NamedParameterJdbcTemplate(jdbc).queryForObject(
                "select count(*) from mail_outbox where id in (:ids) and " + condition, Map.of("ids", ids), Integer.class);
        return n == null ? 0 : n;
    }
}
