package org.diktyo.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.diktyo.jobs.Job;
import org.diktyo.jobs.JobHandler;
import org.diktyo.jobs.Jobs;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The jobs module on its own (with {@code platform}, the clock): a job scheduled twice is
 * scheduled once; it runs once although several runners race for it (as two instances do);
 * a job whose work fails is rolled back and runs again; a kind no handler knows is left alone.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:jobs-module;DB_CLOSE_DELAY=-1",
        "diktyo.jobs.interval=1h"})
class JobsModuleTest {

    /** Counts its runs per job; a job whose subject is {@code fails-once} fails the first time. */
    static class CountingHandler implements JobHandler {
        final ConcurrentHashMap<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, Boolean> failed = new ConcurrentHashMap<>();

        @Override
        public String kind() {
            return "TEST_COUNT";
        }

        @Override
        public String run(Job job) {
            if (job.subject().equals("fails-once") && failed.putIfAbsent(job.id(), true) == null) {
                throw new IllegalStateException("the relay is down");
            }
            return "run " + runs.computeIfAbsent(job.id(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    @TestConfiguration
    static class Handlers {
        @Bean
        CountingHandler countingHandler() {
            return new CountingHandler();
        }

        /** Who is asking is told by {@code accounts}, which the jobs module does not use: here, nobody signed in. */
        @Bean
        ViewerResolver viewerResolver() {
            return () -> Viewer.PUBLIC;
        }
    }

    @Autowired
    Jobs jobs;

    @Autowired
    JobRunner runner;

    @Autowired
    CountingHandler handler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    Instant past() {
        return Instant.now().minusSeconds(60);
    }

    @Test
    void aJobScheduledTwiceIsScheduledOnce() {
        jobs.schedule("TEST_COUNT:twice", "TEST_COUNT", "twice", past());
        jobs.schedule("TEST_COUNT:twice", "TEST_COUNT", "twice", Instant.now().plusSeconds(3600));
        assertThat(jobs.about("twice")).extracting(Job::id).containsExactly("TEST_COUNT:twice");
    }

    @Test
    void aJobRunsOnceWhileRunnersRaceForIt() throws Exception {
        for (int i = 0; i < 20; i++) {
            jobs.schedule("TEST_COUNT:race:" + i, "TEST_COUNT", "race", past());
        }
        List<JobRunner> runners = List.of(runner, new JobRunner(jdbc, tx, clock, List.of(handler)),
                new JobRunner(jdbc, tx, clock, List.of(handler)), new JobRunner(jdbc, tx, clock, List.of(handler)));
        ExecutorService pool = Executors.newFixedThreadPool(runners.size());
        CountDownLatch start = new CountDownLatch(1);
        for (JobRunner r : runners) {
            pool.submit(() -> {
                start.await();
                r.runDue();
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Job> race = jobs.about("race");
        assertThat(race).hasSize(20).allSatisfy(job -> {
            assertThat(job.doneAt()).isNotNull();
            assertThat(job.outcome()).isEqualTo("run 1");
            assertThat(handler.runs.get(job.id()).get()).isEqualTo(1);
        });
    }

    @Test
    void aJobWhoseWorkFailsRunsAgain() {
        jobs.schedule("TEST_COUNT:fails", "TEST_COUNT", "fails-once", past());
        runner.runDue();
        assertThat(jobs.about("fails-once")).singleElement().satisfies(job -> assertThat(job.doneAt()).isNull());
        runner.runDue();
        assertThat(jobs.about("fails-once")).singleElement().satisfies(job -> {
            assertThat(job.doneAt()).isNotNull();
            assertThat(job.outcome()).isEqualTo("run 1");
        });
    }

    @Test
    void aKindWithoutHandlerAndAJobNotYetDueAreLeftAlone() {
        jobs.schedule("ELSEWHERE:1", "ELSEWHERE", "left", past());
        jobs.schedule("TEST_COUNT:later", "TEST_COUNT", "left", Instant.now().plusSeconds(3600));
        runner.runDue();
        assertThat(jobs.about("left")).hasSize(2).allSatisfy(job -> assertThat(job.doneAt()).isNull());
    }
}
