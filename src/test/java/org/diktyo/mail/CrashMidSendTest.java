package org.diktyo.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diktyo.DatabaseEngine;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The application killed mid-send ({@code destroyForcibly}, i.e. SIGKILL) and started again:
 * every message arrives. Two separate JVMs run the application in turn on a database of their
 * own (PostgreSQL: a fresh database; H2: an in-memory database served over TCP by this JVM),
 * the first queues 100 messages and is killed once some have arrived.
 *
 * <p>What SMTP allows: a message the relay accepted in the instant before the killed process
 * could record it as sent is sent again by the next process (with the same Message-ID). With
 * one message handed over at a time and marked at once, that is at most one message per
 * killed process, so the test allows at most one duplicate — and reports how many it saw.
 */
@Tag("database")
class CrashMidSendTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Test
    void killedMidSendAndStartedAgainEveryMessageArrivesAtMostTheInFlightOneTwice() throws Exception {
        try (CrashDatabase db = DatabaseEngine.postgresql() ? CrashDatabase.postgresql() : CrashDatabase.h2()) {
            Process first = start(db, "first", "--crash-test.queue=100");
            Process second = null;
            try {
                awaitReady(first, "first");
                assertThat(Mailboxes.await(Duration.ofSeconds(60), () -> crashMail().size() >= 20))
                        .as("the first process sends").isTrue();
                first.destroyForcibly();
                first.waitFor();
                int arrivedAtKill = Mailboxes.countByMessageId(crashMail()).size();
                JdbcTemplate jdbc = db.jdbc();
                Map<String, Object> atKill = jdbc.queryForMap("select sum(case when status = 'SENT' then 1 else 0 end)"
                        + " as sent, sum(case when status = 'SENDING' then 1 else 0 end) as sending from mail_outbox"
                        + " where purpose = 'crash-test'");
                assertThat(arrivedAtKill).as("killed mid-send").isLessThan(100);

                second = start(db, "second");
                awaitReady(second, "second");
                boolean done = Mailboxes.await(Duration.ofSeconds(120), () -> jdbc.queryForObject(
                        "select count(*) from mail_outbox where purpose = 'crash-test' and status = 'SENT'",
                        Integer.class) == 100);
                assertThat(done).as("all sent after the restart; log: %s", tail("second")).isTrue();
                Thread.sleep(500);

                List<String> expected = jdbc.queryForList(
                        "select message_id from mail_outbox where purpose = 'crash-test'", String.class);
                Map<String, Integer> byId = Mailboxes.countByMessageId(crashMail());
                int duplicates = byId.values().stream().mapToInt(n -> n - 1).sum();
                Integer resent = jdbc.queryForObject(
                        "select count(*) from mail_outbox where purpose = 'crash-test' and attempts > 1", Integer.class);
                System.out.printf("Crash mid-send on %s: killed after %d of 100 arrived (%s in the database);"
                        + " after the restart all 100 arrived, %d taken up again after the kill, %d duplicate(s)"
                        + " by Message-ID%n", DatabaseEngine.name(), arrivedAtKill, atKill, resent, duplicates);
                assertThat(byId.keySet()).as("every message arrived").containsExactlyInAnyOrderElementsOf(expected);
                assertThat(duplicates).as("at most the message in flight at the kill arrives twice").isLessThanOrEqualTo(1);
            } finally {
                first.destroyForcibly();
                if (second != null) {
                    second.destroyForcibly();
                    second.waitFor();
                }
            }
        }
    }

    private static List<jakarta.mail.internet.MimeMessage> crashMail() {
        return Mailboxes.to(smtp.getReceivedMessages(), "crash.test");
    }

    private static Path log(String name) {
        return Path.of("target", "crash-test-" + name + ".log");
    }

    private static Process start(CrashDatabase db, String name, String... extra) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath, OutboxInstance.class.getName(),
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(), "--spring.mail.port=" + TestSmtp.port(),
                "--server.port=0", "--spring.main.banner-mode=off", "--diktyo.mail.delivery.instance=" + name,
                "--diktyo.mail.delivery.rate-limit=20", "--diktyo.mail.delivery.batch-size=5",
                "--diktyo.mail.delivery.lease=3s"));
        command.addAll(List.of(extra));
        Files.createDirectories(log(name).getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(name).toFile()).start();
    }

    private static void awaitReady(Process process, String name) throws IOException {
        boolean ready = Mailboxes.await(Duration.ofSeconds(240), () -> !process.isAlive() || contains(name, OutboxInstance.READY));
        if (!ready || !process.isAlive()) {
            fail("the " + name + " process did not start:\n" + tail(name));
        }
    }

    private static boolean contains(String name, String text) {
        try {
            return Files.exists(log(name)) && Files.readString(log(name)).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(String name) {
        try {
            List<String> lines = Files.readAllLines(log(name));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** A database for the two processes only, emptied before and dropped after. */
    record CrashDatabase(String url, String user, String password, AutoCloseable cleanup, Connection keeper)
            implements AutoCloseable {

        static CrashDatabase h2() throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Connection keeper = DriverManager.getConnection("jdbc:h2:mem:crash;DB_CLOSE_DELAY=-1", "sa", "");
            org.h2.tools.Server server = org.h2.tools.Server.createTcpServer("-tcpPort", String.valueOf(port)).start();
            return new CrashDatabase("jdbc:h2:tcp://localhost:" + port + "/mem:crash", "sa", "", () -> {
                try (Statement sql = keeper.createStatement()) {
                    sql.execute("drop all objects");
                }
                keeper.close();
                server.stop();
            }, keeper);
        }

        static CrashDatabase postgresql() throws SQLException {
            String base = System.getenv().getOrDefault("DIKTYO_TEST_PG_URL",
                    "jdbc:postgresql://127.0.0.1:5432/diktyo_test_"
                            + Integer.toHexString(System.getProperty("user.dir").hashCode() & 0x7fffffff));
            String user = System.getenv().getOrDefault("DIKTYO_TEST_PG_USER", "postgres");
            String password = System.getenv().getOrDefault("DIKTYO_TEST_PG_PASSWORD", "");
            String database = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_crash";
            String server = base.substring(0, base.lastIndexOf('/') + 1);
            Connection admin;
            try {
                admin = DriverManager.getConnection(server + "postgres", user, password);
            } catch (SQLException unreachable) {
                if (System.getenv("CI") != null) {
                    throw unreachable;
                }
                Assumptions.abort("PostgreSQL not reachable: " + unreachable.getMessage());
                throw unreachable;
            }
            try (Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + database + " with (force)");
                sql.execute("create database " + database);
            }
            String url = server + database;
            Connection keeper = DriverManager.getConnection(url, user, password);
            return new CrashDatabase(url, user, password, () -> {
                keeper.close();
                try (admin; Statement sql = admin.createStatement()) {
                    sql.execute("drop database if exists " + database + " with (force)");
                }
            }, keeper);
        }

        JdbcTemplate jdbc() {
            return new JdbcTemplate(new SingleConnectionDataSource(keeper, true));
        }

        @Override
        public void close() throws Exception {
            cleanup.close();
        }
    }
}
