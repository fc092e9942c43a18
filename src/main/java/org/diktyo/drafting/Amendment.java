package org.diktyo.drafting;

import java.time.Instant;
import java.util.List;

import org.diktyo.language.Bilingual;

/**
 * An amendment with its counts of supports and objections (latest stance of each municipality).
 * Accepted as modified, it keeps the text proposed and the text decided side by side.
 */
public record Amendment(String id, String textId, String municipalityId, String author, AmendmentKind kind,
        String clauseKey, String baseRevision, String newKey, Bilingual heading, Bilingual text, String justification,
        List<String> cosponsors, AmendmentState state, Bilingual decidedHeading, Bilingual decidedText,
        String decisionNote, String decisionRef, Instant createdAt, int supports, int objections, int version) {

    /** The heading that enters the text if accepted: the decided one when modified. */
    public Bilingual adoptedHeading() {
        return state == AmendmentState.ACCEPTED_MODIFIED ? decidedHeading : heading;
    }

    /** The text that enters the text if accepted: the decided one when modified. */
    public Bilingual adoptedText() {
        return state == AmendmentState.ACCEPTED_MODIFIED ? decidedText : text;
    }
}
