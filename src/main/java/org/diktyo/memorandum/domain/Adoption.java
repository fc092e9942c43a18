package org.diktyo.memorandum.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A municipality's adoption of a version of the memorandum: its council's decision (number
 * «123/2024», date, ΑΔΑ), who signed and in what capacity, the signed copy (a stored file), the
 * text's hash when the decision was recorded, and the secretariat's verification.
 */
public record Adoption(int versionNumber, String municipalityId, AdoptionState state, String decisionNumber,
        LocalDate decisionDate, String ada, String signatoryName, SignatoryCapacity signatoryCapacity,
        String authorisationRef, LocalDate signedOn, String signedCopyId, String method, String officialNameEl,
        String textHashAtSigning, String refusalReason, Instant requestedAt, Instant recordedAt, Instant verifiedAt,
        String verifiedBy, int version) {

    /** A new row: adoption requested (or about to be recorded) and nothing recorded yet. */
    static Adoption pending(int versionNumber, String municipalityId, Instant requestedAt) {
        return new Adoption(versionNumber, municipalityId, AdoptionState.PENDING, null, null, null, null, null, null,
                null, null, null, null, null, null, requestedAt, null, null, null, 0);
    }

    /** The link on Diavgeia of the decision, if its ΑΔΑ is known. */
    public String diavgeiaUrl() {
        return ada == null ? null : "https://diavgeia.gov.gr/decision/view/" + ada;
    }
}
