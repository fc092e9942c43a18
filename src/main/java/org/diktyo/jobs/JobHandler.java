package org.diktyo.jobs;

import java.util.function.Function;

/**
 * Does the work of one kind of job. Called by the runner inside the transaction that has
 * just claimed the job, so everything the handler writes (queued mails) commits with the claim
 * or not at all. A module declares one bean per kind it schedules; kinds are global, so a new
 * module prefixes its own ({@code MEMORANDUM_REMINDER}).
 */
public interface JobHandler {

    /** The kind of job this handler does ({@code REMINDER}). */
    String kind();

    /** Does the job; returns what to record as its outcome (at most 200 characters). */
    String run(Job job);

    /** A handler of {@code kind} that does {@code work} and records what it returns. */
    static JobHandler of(String kind, Function<Job, String> work) {
        return new JobHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public String run(Job job) {
                return work.apply(job);
            }
        };
    }
}
