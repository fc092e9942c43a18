package org.diktyo.drafting;

import org.diktyo.language.Bilingual;

/**
 * The body's decision on an amendment: accepted, accepted as modified (with the text it accepted),
 * or rejected; a note and a reference (the meeting's decision) to show beside it.
 */
public record Decision(AmendmentState state, Bilingual heading, Bilingual text, String note, String reference) {
}
