package org.diktyo.invitations.letters;

import org.diktyo.platform.Problem;

/** The preview page's model: the form's values, the letter's HTML (or null) and the refusal (or null). */
public record LetterPreviewView(String meetingId, String municipality, String lang, String deadline, String letterHtml,
        String pdfHref, Problem problem) {
}
