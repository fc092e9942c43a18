package org.diktyo.drafting;

import java.time.Instant;

/**
 * A comment on a clause ({@code clauseKey}) or on an amendment ({@code amendmentId}) of a text in
 * consultation: by a focal point for its municipality, by the secretariat or by a partner
 * ({@code role}). A hidden comment is kept with the secretariat's reason; others no longer read its body.
 */
public record Comment(long id, String textId, String clauseKey, String amendmentId, String municipalityId, String role,
        String body, Instant createdAt, boolean hidden, String hiddenReason) {

    /** The comment as {@code secretariat} or anyone else reads it: a hidden body only for the secretariat. */
    public Comment readBy(boolean secretariat) {
        return hidden && !secretariat ? new Comment(id, textId, clauseKey, amendmentId, municipalityId, role, null,
                createdAt, true, null) : this;
    }
}
