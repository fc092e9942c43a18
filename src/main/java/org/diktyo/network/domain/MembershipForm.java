package org.diktyo.network.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.PlausibleDate;

/**
 * An override of the derived membership status: the status, from when, why, and its last day
 * ({@code until}: at most three years ahead; left out, the end of next year).
 */
public record MembershipForm(
        @NotNull(message = "network.membership.status.required") MembershipStatus status,
        @NotNull(message = "network.membership.effectiveOn.required") @PlausibleDate LocalDate effectiveOn,
        @NotBlank(message = "network.membership.reason.required") @Size(max = 1000, message = "network.field.tooLong") String reason,
        @PlausibleDate LocalDate until) {

    /** A form without its last day (the default applies). */
    public MembershipForm(MembershipStatus status, LocalDate effectiveOn, String reason) {
        this(status, effectiveOn, reason, null);
    }
}
