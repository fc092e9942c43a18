package org.diktyo.memorandum;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.diktyo.Http;
import org.diktyo.Today;
import org.diktyo.jobs.Job;
import org.diktyo.jobs.Jobs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A version adopted with an in-force date three days ahead stays ADOPTED until that day; on that
 * day (the clock moved on) the job brings it into force once, though two runners race for it as
 * two instances do, and the version that was in force is SUPERSEDED.
 */
@MemorandumClockTest
class InForceJobTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MovableClock clock;

    @Autowired
    Jobs jobs;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void aVersionAdoptedForALaterDateComesIntoForceOnThatDayOnce() throws Exception {
        Http http = new Http(port);
        MemorandumFixture fixture = new MemorandumFixture(http, json);
        int before = fixture.ok(http.get("/api/v1/memorandum", null), 200).get("version").get("number").asInt();
        int n = fixture.frozen();
        LocalDate from = Today.inAthens().plusDays(3);
        JsonNode adopted = fixture.ok(http.send("POST", "/api/v1/memorandum/versions/" + n + "/adopt", MemorandumFixture.TOKEN,
                "{\"inForceFrom\":\"" + from + "\"}"), 200);
        assertThat(adopted.get("state").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.get("inForceFrom").asString()).isEqualTo(from.toString());
        List<Job> scheduled = jobs.about(String.valueOf(n)).stream().filter(j -> j.kind().equals("MEMORANDUM_IN_FORCE")).toList();
        assertThat(scheduled).extracting(Job::id).containsExactly("MEMORANDUM_IN_FORCE:" + n + ":" + from);
        assertThat(scheduled.get(0).dueAt()).isEqualTo(from.atStartOfDay(ZoneId.of("Europe/Athens")).toInstant());

        runDue(1);
        assertThat(state(http, n)).as("before the day").isEqualTo("ADOPTED");
        assertThat(state(http, before)).isEqualTo("IN_FORCE");

        clock.advance(Duration.ofDays(3));
        runDue(2);
        assertThat(state(http, n)).isEqualTo("IN_FORCE");
        assertThat(state(http, before)).isEqualTo("SUPERSEDED");
        assertThat(fixture.ok(http.get("/api/v1/memorandum", null), 200).get("version").get("number").asInt()).isEqualTo(n);
        Job done = jobs.about(String.valueOf(n)).stream().filter(j -> j.kind().equals("MEMORANDUM_IN_FORCE")).findFirst().orElseThrow();
        assertThat(done.doneAt()).isNotNull();
        assertThat(done.outcome()).isEqualTo("version " + n + " in force from " + from);
    }

    private String state(Http http, int number) {
        return new MemorandumFixture(http, json).ok(http.get("/api/v1/memorandum/versions/" + number, MemorandumFixture.TOKEN), 200)
                .get("version").get("state").asString();
    }

    /** The jobs' runner {@code runners} times at once, as that many instances would. */
    private void runDue(int runners) throws Exception {
        Object runner = context.getBean(Class.forName("org.diktyo.jobs.internal.JobRunner"));
        Method runDue = runner.getClass().getDeclaredMethod("runDue");
        runDue.setAccessible(true);
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < runners; i++) {
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
    }
}
