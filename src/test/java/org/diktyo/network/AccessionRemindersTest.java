package org.diktyo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.diktyo.accounts.TestAccounts;
import org.diktyo.jobs.Jobs;
import org.diktyo.network.domain.FollowUpAccessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The owner's daily digest of accession is mailed once although several runners race for it, as
 * two instances on one database do (four runners here, besides the context's own): the job is
 * claimed by one conditional update, in the transaction that queues the mail. The digest is in
 * Greek, then English, and names the overdue action.
 */
@DatabaseTest
class AccessionRemindersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Jobs jobs;

    @Autowired
    ApplicationContext context;

    @Test
    void eachDigestIsMailedOnceWhateverTheNumberOfRunners() throws Exception {
        String owner = "owner-" + UUID.randomUUID() + "@test.example";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Athens"));
        var opened = new Http(port).send("POST", "/api/v1/accessions", TestAccounts.demoToken(), """
                {"municipalityId":"kilkis","source":"OTHER","ownerEmail":"%s","nextAction":"Κλήση στον Δήμαρχο",
                 "nextActionOn":"%s"}""".formatted(owner, today.minusDays(2)));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = FollowUpAccessions.DIGEST + ":" + owner + ":" + today;
        jobs.schedule(id, FollowUpAccessions.DIGEST, owner, Instant.now());

        Object runner = context.getBean(Class.forName("org.diktyo.jobs.internal.JobRunner"));
        Method runDue = runner.getClass().getDeclaredMethod("runDue");
        runDue.setAccessible(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                runDue.invoke(runner);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from scheduled_job where id = ? and done_at is not null",
                Integer.class, id)).isEqualTo(1);
        List<String> digests = jdbc.queryForList("select body_text from mail_outbox where purpose = ? and recipient = ?",
                String.class, FollowUpAccessions.MAIL_PURPOSE, owner);
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0)).contains("Εκπρόθεσμο: Δήμος Κιλκίς — Κλήση στον Δήμαρχο", "Overdue: Municipality of Kilkis");
    }
}
