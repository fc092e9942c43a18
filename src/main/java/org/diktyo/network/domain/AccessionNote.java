package org.diktyo.network.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.diktyo.network.AccessionActivityKind;
import org.diktyo.platform.PlausibleDate;

/**
 * An entry the secretariat adds to a case's timeline: what (a call, a letter, a note…), the day
 * it happened (today if left out), its text, a day it is due (a follow-up), and whether it is for
 * the secretariat only.
 */
public record AccessionNote(
        @NotNull(message = "network.accession.kind.required") AccessionActivityKind kind,
        @PlausibleDate LocalDate on,
        @NotBlank(message = "network.accession.text.required") @Size(max = 2000, message = "network.field.tooLong") String text,
        @PlausibleDate LocalDate dueOn,
        Boolean internal) {

    /** For the secretariat only (left out: no). */
    public boolean forSecretariatOnly() {
        return Boolean.TRUE.equals(internal);
    }
}
