package org.diktyo.invitations;

import java.time.Instant;
import java.util.List;

import org.diktyo.language.Bilingual;

/**
 * An invitation campaign for a meeting: who is invited (the audience), how many delegates a
 * municipality may name, the reply deadline, the parts offered, the letter's paragraphs in
 * Greek and English (plain text, blank line between paragraphs), the meeting documents
 * attached, and when reminders go out (days before the deadline).
 */
public record Campaign(String id, String meetingId, Audience audience, String regionId, int quota,
        Instant rsvpDeadline, String letterEl, String letterEn, List<Integer> reminderDays, Status status,
        int agendaAnnounced, Instant createdAt, String createdBy, Instant sendStartedAt, List<String> partIds,
        List<String> documentIds, List<String> picks) {

    /** The letter's paragraphs, in Greek and in English. */
    public Bilingual letter() {
        return Bilingual.of(letterEl, letterEn);
    }

    public enum Audience { MEMBERS, PROSPECTS, CANDIDATES, REGION, HAND_PICKED }

    public enum Status { DRAFT, SENDING, SENT }

    public boolean draft() {
        return status == Status.DRAFT;
    }

    public boolean open(Instant now) {
        return now.isBefore(rsvpDeadline);
    }
}
