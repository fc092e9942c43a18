package org.diktyo.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time sign-in link, stored by the hash of its token. */
@Entity
@Table(name = "sign_in_link")
class SignInLinkToken {

    @Id
    private String tokenHash;
    private String email;
    private Instant expiresAt;

    protected SignInLinkToken() {
    }

    SignInLinkToken(String tokenHash, String email, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.expiresAt = expiresAt;
    }

    String email() {
        return email;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
