package org.diktyo.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** How long a new API token lasts, as chosen on the tokens page. */
public enum TokenExpiry {
    DAYS_30("30", Duration.ofDays(30)),
    DAYS_90("90", Duration.ofDays(90)),
    DAYS_365("365", Duration.ofDays(365)),
    NEVER("never", null);

    static final TokenExpiry DEFAULT = DAYS_90;

    private final String value;
    private final Duration validity;

    TokenExpiry(String value, Duration validity) {
        this.value = value;
        this.validity = validity;
    }

    /** The form's value. */
    public String value() {
        return value;
    }

    /** The message key of its label. */
    public String key() {
        return "accounts.tokens.expiry." + value;
    }

    /** When a token made at {@code now} expires; null if never. */
    Instant expiresAt(Instant now) {
        return validity == null ? null : now.plus(validity);
    }

    static Optional<TokenExpiry> of(String value) {
        return Arrays.stream(values()).filter(e -> e.value.equals(value)).findFirst();
    }
}
