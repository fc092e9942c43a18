/**
 * Jobs: work that must run once across all instances, at or after a given time — a campaign's
 * reminders, an agenda's announcement, and next the reminders of accession, the memorandum,
 * positions and surveys. A module schedules a job by an id that names the work
 * ({@link org.diktyo.jobs.Jobs#schedule}), so scheduling it twice schedules it once, and
 * declares a {@link org.diktyo.jobs.JobHandler} bean for the job's kind. The runner claims a due
 * job by marking it done in the transaction that does its work (the mails it queues): two
 * instances cannot both win, and a crash rolls back the mark with the work, so it runs again.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs", allowedDependencies = "platform")
package org.diktyo.jobs;
