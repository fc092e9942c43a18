package org.diktyo.invitations;

import java.time.Instant;

/** A municipality's delegate was marked present at a meeting (once per delegate). */
public record DelegateCheckedIn(String meetingId, String municipalityId, String delegateId, Instant at) {
}
