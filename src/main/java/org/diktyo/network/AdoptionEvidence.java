package org.diktyo.network;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A verified adoption of a version of the memorandum by a municipality's council, as the module
 * that verified it reports it to {@link Membership#recordAdoption}: the version, the day it was
 * signed, when it was verified and where the evidence is read (a page or a ΑΔΑ link; may be null).
 */
public record AdoptionEvidence(String municipalityId, int versionNumber, LocalDate signedOn, Instant verifiedAt,
        String evidenceUrl) {
}
