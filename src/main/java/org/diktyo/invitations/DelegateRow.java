package org.diktyo.invitations;

import java.time.Instant;

/** A named delegate of a municipality; {@code position} 1, 2 … orders who gets a seat first. */
public record DelegateRow(String id, String invitationId, int position, String fullName, String roleTitle,
        String email, String phone, String needs, String checkInCode, Instant checkedInAt) {
}
