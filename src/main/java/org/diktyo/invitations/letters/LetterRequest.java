package org.diktyo.invitations.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a letter of invitation is made from.
 *
 * @param meetingId the meeting the letter invites to
 * @param municipalityId the recipient; its mayor (a contact of kind MAYOR) is addressed
 * @param locale Greek or English
 * @param rsvpDeadline the last day to reply; not after the meeting
 * @param text the campaign's words, or {@code null} for {@link LetterText#networkDefault}
 * @param documentIds the meeting's documents the letter names as attachments; {@code null}: all of them
 * @param rsvpUrl the personal reply link, printed with its QR code
 * @param dated the date the letter carries, or {@code null} for none
 */
public record LetterRequest(String meetingId, String municipalityId, Locale locale, LocalDate rsvpDeadline,
        LetterText text, List<String> documentIds, String rsvpUrl, LocalDate dated) {
}
