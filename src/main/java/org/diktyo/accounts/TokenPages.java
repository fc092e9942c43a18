package org.diktyo.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.diktyo.platform.Problem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in user's personal API tokens: create with a name and an expiry (30, 90, 365 days
 * or none; the value is shown once), list with their expiry and state, revoke.
 */
@Controller
class TokenPages {

    static final String TOKENS = "accounts/tokens";

    private final ApiTokens tokens;
    private final Clock clock;

    TokenPages(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/account/tokens")
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(user, model, null, false, false, TokenExpiry.DEFAULT);
    }

    @PostMapping("/account/tokens")
    @Transactional
    String create(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String expiry, Model model) {
        String trimmed = name.trim();
        boolean nameMissing = trimmed.isEmpty() || trimmed.length() > 100;
        TokenExpiry chosen = TokenExpiry.of(expiry).orElse(null);
        if (nameMissing || chosen == null) {
            return page(user, model, null, nameMissing, chosen == null, chosen);
        }
        String value = SecretTokens.generate();
        Instant now = Instant.now(clock);
        tokens.save(new ApiToken(user.id(), trimmed, value, now, chosen.expiresAt(now)));
        return page(user, model, value, false, false, TokenExpiry.DEFAULT);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    @Transactional
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        ApiToken token = tokens.findById(id).filter(t -> t.userId().equals(user.id())).orElseThrow(Problem::notFound);
        token.revoke(Instant.now(clock));
        return "redirect:/account/tokens";
    }

    private String page(SignedInUser user, Model model, String newValue, boolean nameMissing, boolean expiryMissing,
            TokenExpiry expiry) {
        Instant now = Instant.now(clock);
        List<TokensView.Token> list = tokens.findByUserIdOrderByCreatedAtDesc(user.id()).stream()
                .map(t -> new TokensView.Token(t.id(), t.name(), t.createdAt(), t.expiresAt(), state(t, now))).toList();
        model.addAttribute("view", new TokensView(list, newValue, nameMissing, expiryMissing, expiry));
        return TOKENS;
    }

    private static TokensView.State state(ApiToken token, Instant now) {
        if (!token.active()) {
            return TokensView.State.REVOKED;
        }
        return token.expired(now) ? TokensView.State.EXPIRED : TokensView.State.ACTIVE;
    }
}
