package org.diktyo.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

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
 * arrives, each exactly once (counted by Message-ID), after retries with back-off.
 */
@DatabaseTest
class RelayOutageTest {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    static GreenMail relay() {
        GreenMail relay = new GreenMail(new ServerSetup(TestSmtp.port(), null, ServerSetup.PROTOCOL_SMTP));
        relay.start();
        return relay;
    }

    @Test
    void aHundredMessagesArriveOnceEachThoughTheRelayWentDownMidSend() throws Exception {
        List<MimeMessage> received = new ArrayList<>();
        GreenMail first = relay();
        Managers firstStore = first.getManagers(); // stop() replaces the store; this one keeps what arrived
        List<Long> ids;
        long started = System.nanoTime();
        try {
            ids = tx.execute(status -> IntStream.rangeClosed(1, 100).mapToObj(i -> outbox.queue(new OutgoingMail(
                    "member-" + i + "@outage.test", "Πρόσκληση αρ. " + i, "Κείμενο " + i, null, "outage-test")))
                    .toList());
            // The relay dies as soon as the first message is through: the rest of the send is under way.
            assertThat(first.waitForIncomingEmail(Duration.ofSeconds(30).toMillis(), 1)).isTrue();
        } finally {
            first.stop();
        }
        received.addAll(Mailboxes.to(received(firstStore), "outage.test"));
        int beforeOutage = received.size();
        assertThat(beforeOutage).as("the relay went down mid-send").isBetween(1, 99);

        // While it is down, attempts fail and are retried with back-off.
        assertThat(Mailboxes.await(Duration.ofSeconds(30), () -> count(ids,
                "status = 'QUEUED' and attempts >= 2 and last_error_kind = 'CONNECTION'") > 0)).isTrue();
        Thread.sleep(1000);

        GreenMail second = relay();
        Managers secondStore = second.getManagers();
        try {
            boolean allSent = Mailboxes.await(Duration.ofSeconds(90), () -> count(ids, "status = 'SENT'") == 100);
            assertThat(allSent).as("sent: %d of 100", count(ids, "status = 'SENT'")).isTrue();
            Thread.sleep(500);
        } finally {
            second.stop();
        }
        received.addAll(Mailboxes.to(received(secondStore), "outage.test"));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        Map<String, Integer> byId = Mailboxes.countByMessageId(received);
        List<String> expected = new NamedParameterJdbcTemplate(jdbc).queryForList(
                "select message_id from mail_outbox where id in (:ids)", Map.of("ids", ids), String.class);
        assertThat(byId.keySet()).as("every message arrived").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(byId.values()).as("none twice").allMatch(n -> n == 1);
        Integer attempts = new NamedParameterJdbcTemplate(jdbc).queryForObject(
                "select sum(attempts) from mail_outbox where id in (:ids)", Map.of("ids", ids), Integer.class);
        System.out.printf("Relay outage on %s: %d of 100 delivered before the relay went down, %d attempts in all,"
                + " all 100 delivered once each in %d s%n", org.diktyo.DatabaseEngine.name(), beforeOutage, attempts,
                seconds);
        assertThat(attempts).as("messages were retried").isGreaterThan(100);
        assertThat(outbox.byReference("nothing")).isEmpty();
        assertThat(Collections.frequency(new ArrayList<>(byId.values()), 1)).isEqualTo(100);
    }

    static MimeMessage[] received(Managers store) {
        return store.getImapHostManager().getAllMessages().stream().map(StoredMessage::getMimeMessage)
                .toArray(MimeMessage[]::new);
    }

    private int count(List<Long> ids, String condition) {
        Integer n = new NamedParameterJdbcTemplate(jdbc).queryForObject(
                "select count(*) from mail_outbox where id in (:ids) and " + condition, Map.of("ids", ids), Integer.class);
        return n == null ? 0 : n;
    }
}
