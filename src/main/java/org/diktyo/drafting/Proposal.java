package org.diktyo.drafting;

import java.util.List;

import org.diktyo.language.Bilingual;

/**
 * An amendment as a municipality writes it, against the revision of the clause it read
 * ({@code baseRevision}: the clause it replaces or deletes, or the one it inserts after).
 */
public record Proposal(String municipalityId, AmendmentKind kind, String clauseKey, String baseRevision,
        Bilingual heading, Bilingual text, String justification, List<String> cosponsors) {
}
