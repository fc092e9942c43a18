package org.diktyo.drafting;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.diktyo.language.Bilingual;

/**
 * An amendment in the API, with its text in both languages as field pairs; the same wherever an
 * owner lists the amendments of its texts.
 */
public record AmendmentJson(String id, String municipalityId, String kind, String clauseKey, String baseRevision,
        String newKey, String headingEl, String headingEn, String textEl, String textEn, String justification,
        List<String> cosponsors, String state, String decidedHeadingEl, String decidedHeadingEn, String decidedTextEl,
        String decidedTextEn, String decisionNote, String decisionRef, Instant createdAt, int supports, int objections,
        int version) {

    public static AmendmentJson of(Amendment a) {
        Bilingual dh = a.decidedHeading() == null ? Bilingual.NONE : a.decidedHeading();
        Bilingual dt = a.decidedText() == null ? Bilingual.NONE : a.decidedText();
        return new AmendmentJson(a.id(), a.municipalityId(), a.kind().name(), a.clauseKey(), a.baseRevision(), a.newKey(),
                a.heading().el(), a.heading().en(), a.text().el(), a.text().en(), a.justification(), a.cosponsors(),
                a.state().name(), dh.el(), dh.en(), dt.el(), dt.en(), a.decisionNote(), a.decisionRef(), a.createdAt(),
                a.supports(), a.objections(), a.version());
    }

    /**
     * What a municipality proposes, in the API: the text is needed to replace or insert, not to
     * delete; {@code baseRevision} is the revision of the clause read (replaced, deleted, or inserted after).
     */
    public record ProposalIn(@NotBlank String municipalityId, @NotNull AmendmentKind kind, @NotBlank String clauseKey,
            @NotBlank String baseRevision, String headingEl, String headingEn, String textEl, String textEn,
            @NotBlank String justification, List<String> cosponsors) {

        public Proposal proposal() {
            return new Proposal(municipalityId, kind, clauseKey, baseRevision, Bilingual.of(headingEl, headingEn),
                    Bilingual.of(textEl, textEn), justification, cosponsors == null ? List.of() : cosponsors);
        }
    }
}
