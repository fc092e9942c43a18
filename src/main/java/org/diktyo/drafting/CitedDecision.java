package org.diktyo.drafting;

import org.diktyo.language.Bilingual;

/**
 * A decision of the body that decides on a text's amendments (the memorandum's: the Committee of
 * Mayors'), as its owner offers it to be cited by an amendment's decision: the reference stored
 * with the decision ({@code meeting:<id>#<n>}), how it reads, and where it is read.
 */
public record CitedDecision(String reference, Bilingual label, String url) {

    /** How a stored reference names a meeting's decision; other references are free text. */
    public static final String PREFIX = "meeting:";

    public static String reference(String meetingId, int position) {
        return PREFIX + meetingId + "#" + position;
    }
}
