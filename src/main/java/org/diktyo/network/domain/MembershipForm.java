package org.diktyo.network.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.PlausibleDate;

/** A change of membership status: the new status, from when, and why. */
public record MembershipForm(
        @NotNull(message = "network.membership.status.required") MembershipStatus status,
        @NotNull(message = "network.membership.effectiveOn.required") @PlausibleDate LocalDate effectiveOn,
        @NotBlank(message = "network.membership.reason.required") @Size(max = 1000, message = "network.field.tooLong") String reason) {
}
