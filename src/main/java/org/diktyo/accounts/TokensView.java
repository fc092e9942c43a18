package org.diktyo.accounts;

import java.time.Instant;
import java.util.List;

/**
 * The API tokens page; {@code newValue} is shown once, right after creation. The form's
 * problems: no name, no expiry chosen; {@code expiry} is the choice to show checked.
 */
public record TokensView(List<Token> tokens, String newValue, boolean nameMissing, boolean expiryMissing,
        TokenExpiry expiry) {

    public List<TokenExpiry> expiries() {
        return List.of(TokenExpiry.values());
    }

    public boolean invalid() {
        return nameMissing || expiryMissing;
    }

    /** {@code expiresAt} is null for a token that does not expire. */
    public record Token(String id, String name, Instant createdAt, Instant expiresAt, State state) {

        public boolean active() {
            return state == State.ACTIVE;
        }

        public String stateKey() {
            return "accounts.tokens." + state.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum State {
        ACTIVE, EXPIRED, REVOKED
    }
}
