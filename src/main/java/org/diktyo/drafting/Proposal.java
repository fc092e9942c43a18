package org.diktyo.drafting;

import java.util.List;

import org.diktyo.language.Bilingual;

/**
 * An amendment as a municipality writes it, against the revision of the clause it read
 * ({@code baseRevision}; none for an insertion after a clause, which changes nothing of it).
 */
public record Proposal(String municipalityId, AmendmentKind kind, String clauseKey, String baseRevision,
        Bilingual heading, Bilingual text, String justification, List<String> cosponsors) {
}
