package org.diktyo.network.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.diktyo.platform.PlausibleDate;

/** What a case's owner plans: who owns it, the next action and its day (each may be empty). */
public record AccessionPlan(
        @Email(message = "network.contact.email.invalid") @Size(max = 254, message = "network.field.tooLong") String ownerEmail,
        @Size(max = 500, message = "network.field.tooLong") String nextAction,
        @PlausibleDate LocalDate nextActionOn) {

    public static AccessionPlan of(AccessionCase c) {
        return new AccessionPlan(c.ownerEmail(), c.nextAction(), c.nextActionOn());
    }
}
