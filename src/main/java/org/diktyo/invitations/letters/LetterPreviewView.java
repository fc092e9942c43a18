package org.diktyo.invitations.letters;

import java.util.List;

import org.diktyo.platform.Problem;

/**
 * The preview page's model: the form's values, the municipalities to choose from (in the
 * order of the page's language), the letter's HTML (or null) and the refusal (or null).
 */
public record LetterPreviewView(String meetingId, String municipality, String lang, String deadline, String letterHtml,
        String pdfHref, Problem problem, List<Choice> municipalities) {

    /** A municipality of the registry to pick by name: its id and its official name in the page's language. */
    public record Choice(String id, String name) {
    }
}
