package org.diktyo.memorandum.domain;

import java.time.LocalDate;

/** A council's decision to adopt a version, as typed on the form or sent as JSON (not yet checked). */
public record CouncilDecision(String decisionNumber, LocalDate decisionDate, String ada, String signatoryName,
        SignatoryCapacity signatoryCapacity, String authorisationRef, LocalDate signedOn) {
}
