package org.diktyo.invitations;

import java.time.Instant;

/**
 * A municipality answered an invitation (or changed its answer), through its link or by phone
 * to the secretariat: the parts it attends and declines. Published in the answer's transaction
 * (only the event's row is added to it); accession listens ({@link AccessionActivities}).
 */
public record InvitationAnswered(String invitationId, String meetingId, String municipalityId, Instant answeredAt,
        int partsAttending, int partsDeclined, boolean byPhone) {
}
