package org.diktyo.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in tokens of 256 bits, valid for 15 minutes, stored hashed and deleted when
 * used (a second use of the same link fails). Spring Security's own services keep the
 * token in clear; this one does not.
 */
@Service
class HashedOneTimeTokens implements OneTimeTokenService {

    static final Duration VALIDITY = Duration.ofMinutes(15);

    private final SignInLinkTokens tokens;
    private final Clock clock;

    HashedOneTimeTokens(SignInLinkTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        Instant now = Instant.now(clock);
        tokens.purgeExpired(now);
        String value = SecretTokens.generate();
        String email = request.getUsername().trim().toLowerCase(Locale.ROOT);
        Instant expires = now.plus(VALIDITY);
        tokens.save(new SignInLinkToken(SecretTokens.hash(value), email, expires));
        return new DefaultOneTimeToken(value, email, expires);
    }

    @Override
    @Transactional
    public OneTimeToken consume(OneTimeTokenAuthenticationToken authenticationToken) {
        String value = authenticationToken.getTokenValue();
        if (value == null || value.isBlank()) {
            return null;
        }
        String hash = SecretTokens.hash(value);
        SignInLinkToken stored = tokens.findById(hash).orElse(null);
        if (stored == null || tokens.consume(hash) != 1 || stored.expiresAt().isBefore(Instant.now(clock))) {
            return null;
        }
        return new DefaultOneTimeToken(value, stored.email(), stored.expiresAt());
    }
}
