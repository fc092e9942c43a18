package org.diktyo.memorandum;

import java.time.LocalDate;

/**
 * The secretariat verified a municipality's adoption of a version of the memorandum: the evidence
 * of membership that accession (issue 12) derives a member from.
 */
public record AdoptionVerified(int versionNumber, String municipalityId, String decisionNumber, LocalDate decisionDate) {
}
