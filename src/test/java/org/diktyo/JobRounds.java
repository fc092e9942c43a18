package org.diktyo;

import java.time.Duration;

/**
 * Lets the job runner go round a few more times ({@code diktyo.jobs.interval}, 300 ms in the
 * tests, as the campaigns' sweep {@code diktyo.invitations.job-interval}), so that a job that would
 * run twice, or a mail that would go twice, has done so before a test counts.
 */
public final class JobRounds {

    private JobRounds() {
    }

    /** Sleeps through three more rounds of a runner that runs every {@code interval}. */
    public static void passThree(Duration interval) {
        try {
            Thread.sleep(interval.multipliedBy(3).plusMillis(100).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
