package org.diktyo.invitations.domain;

import java.time.Clock;
import java.time.Instant;

import org.diktyo.accounts.SecretTokens;
import org.diktyo.platform.BaseUrl;
import org.springframework.stereotype.Component;

/**
 * Personal reply links {@code /r/{token}}: 256 random bits, only their SHA-256 hash stored.
 * An invitation may have several live links (the invitation's, a reminder's); revoking
 * revokes them all. Links are built from the configured base URL, never from a request.
 */
@Component
public class Links {

    private final InvitationStore invitations;
    private final Clock clock;
    private final BaseUrl baseUrl;

    Links(InvitationStore invitations, Clock clock, BaseUrl baseUrl) {
        this.invitations = invitations;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A new link for the invitation; the token is returned once and kept only as its hash. */
    String issue(String invitationId) {
        return issue(invitationId, fresh());
    }

    /** A token not yet stored: the sender writes the mail (the letter prints the link) before {@link #issue(String, String)}. */
    String fresh() {
        return SecretTokens.generate();
    }

    /** Stores the hash of a {@link #fresh} token as the invitation's new link. */
    String issue(String invitationId, String token) {
        invitations.insertLink(SecretTokens.hash(token), invitationId, Instant.now(clock));
        return token;
    }

    public String url(String token) {
        return baseUrl.get() + "/r/" + token;
    }

    public String checkInUrl(String code) {
        return baseUrl.get() + "/admin/check-in/" + code;
    }

    String base() {
        return baseUrl.get();
    }
}
