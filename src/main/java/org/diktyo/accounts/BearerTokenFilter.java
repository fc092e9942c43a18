package org.diktyo.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call by {@code Authorization: Bearer <token>}: the token's hash is
 * looked up and the call carries its owner's role. A wrong or revoked token is refused with
 * 401, not treated as anonymous; an expired one with 401 that says it expired.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final AuthenticationEntryPoint refusal;
    private final TransactionTemplate tx;
    private final Clock clock;

    BearerTokenFilter(ApiTokens tokens, Accounts accounts, AuthenticationEntryPoint refusal, TransactionTemplate tx,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.refusal = refusal;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String value = header.substring(7).trim();
        Instant now = Instant.now(clock);
        boolean[] expired = {false};
        SignedInUser user = tx.execute(s -> tokens.findByTokenHashAndRevokedAtIsNull(SecretTokens.hash(value))
                .filter(t -> !(expired[0] = t.expired(now)))
                .flatMap(t -> accounts.findById(t.userId()))
                .filter(Account::enabled)
                .map(SignedInUser::of).orElse(null));
        if (user == null) {
            SecurityContextHolder.clearContext();
            refusal.commence(request, response,
                    expired[0] ? new ExpiredApiToken() : new BadCredentialsException("invalid token"));
            return;
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
