package org.diktyo.jobs;

import java.time.Instant;

/**
 * A job as scheduled: its id names the work ({@code REMINDER:<campaign>:7}); {@code subject} is
 * what the work is about (a campaign), for listing; {@code doneAt} and {@code outcome} (what the
 * handler reported, such as the number of mails queued) once it has run.
 */
public record Job(String id, String kind, String subject, Instant dueAt, Instant doneAt, String outcome) {
}
