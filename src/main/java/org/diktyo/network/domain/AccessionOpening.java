package org.diktyo.network.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.diktyo.platform.PlausibleDate;

/**
 * A new accession case: the municipality (its registry id), where it came from, the stage it
 * starts at (IDENTIFIED if left out), the owner in the secretariat, the next action and its day,
 * and the day it was opened (today if left out; not before 2018, not in the future).
 */
public record AccessionOpening(
        @NotBlank(message = "network.accession.municipality.required") @Size(max = 80, message = "network.field.tooLong") String municipalityId,
        @NotNull(message = "network.accession.source.required") AccessionSource source,
        AccessionStage stage,
        @Email(message = "network.contact.email.invalid") @Size(max = 254, message = "network.field.tooLong") String ownerEmail,
        @Size(max = 500, message = "network.field.tooLong") String nextAction,
        @PlausibleDate LocalDate nextActionOn,
        @PlausibleDate LocalDate openedOn) {
}
