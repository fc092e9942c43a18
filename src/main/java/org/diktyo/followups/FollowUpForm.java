package org.diktyo.followups;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.diktyo.platform.PlausibleDate;

/** A follow-up action as entered (the API's body; the pages' forms become one). */
public record FollowUpForm(
        @NotBlank(message = "followups.action.required") @Size(max = 1000, message = "followups.tooLong") String action,
        @NotBlank(message = "followups.owner.required") @Size(max = 200, message = "followups.tooLong") String owner,
        @PlausibleDate LocalDate dueOn,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean done) {
}
