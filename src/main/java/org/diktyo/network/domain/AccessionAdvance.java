package org.diktyo.network.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.diktyo.platform.PlausibleDate;

/** A move of a case to another stage, with its reason and the day it took effect (today if left out). */
public record AccessionAdvance(
        @NotNull(message = "network.accession.to.required") AccessionStage to,
        @NotBlank(message = "network.accession.reason.required") @Size(max = 1000, message = "network.field.tooLong") String reason,
        @PlausibleDate LocalDate effectiveOn) {
}
