package org.diktyo.followups;

import java.time.LocalDate;

/** A follow-up action: what, who, by when, done or not. */
public record FollowUp(String id, String action, String owner, LocalDate dueOn, boolean done) {
}
