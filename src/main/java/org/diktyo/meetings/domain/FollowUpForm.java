package org.diktyo.meetings.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.diktyo.platform.PlausibleDate;

/** A follow-up action as entered. */
public record FollowUpForm(
        @NotBlank(message = "meetings.followUp.action.required") @Size(max = 1000, message = "meetings.field.tooLong") String action,
        @NotBlank(message = "meetings.followUp.owner.required") @Size(max = 200, message = "meetings.field.tooLong") String owner,
        @PlausibleDate LocalDate dueOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean done) {
}
