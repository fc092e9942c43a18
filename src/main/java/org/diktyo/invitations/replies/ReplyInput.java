package org.diktyo.invitations.replies;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An answer: per part {@code ATTEND} or {@code DECLINE}, and the delegates (up to the quota).
 * {@code invitationId}, when given, must be the invitation of the link it is sent with.
 */
public record ReplyInput(String invitationId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "every part offered: its id and ATTEND or DECLINE") Map<String, String> parts,
        @Schema(description = "required when a part is attended") List<Delegate> delegates) {

    public ReplyInput {
        parts = parts == null ? Map.of() : Map.copyOf(parts);
        delegates = delegates == null ? List.of() : delegates.stream().filter(d -> d != null && !d.empty()).toList();
    }

    /** A delegate: name, position (title), email, phone, accessibility or dietary needs. */
    public record Delegate(String fullName, String roleTitle, String email, String phone, String needs) {

        boolean empty() {
            return blank(fullName) && blank(roleTitle) && blank(email) && blank(phone) && blank(needs);
        }

        static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
