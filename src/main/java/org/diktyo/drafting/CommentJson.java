package org.diktyo.drafting;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;

/**
 * A comment in the API: on a clause ({@code clauseKey}) or an amendment ({@code amendmentId}); the
 * municipality of a focal point's comment, else null; a hidden comment's body only for the secretariat.
 */
public record CommentJson(long id, String clauseKey, String amendmentId, String municipalityId, String role, String body,
        Instant createdAt, boolean hidden, String hiddenReason) {

    public static CommentJson of(Comment c) {
        return new CommentJson(c.id(), c.clauseKey(), c.amendmentId(), c.municipalityId(), c.role(), c.body(),
                c.createdAt(), c.hidden(), c.hiddenReason());
    }

    /** A new comment: plain text or CommonMark, no HTML, up to 4,000 characters. */
    public record CommentIn(@NotBlank String body) {
    }

    /** Why the secretariat hides a comment. */
    public record HideIn(@NotBlank String reason) {
    }
}
