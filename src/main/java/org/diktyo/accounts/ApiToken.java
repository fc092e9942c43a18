package org.diktyo.accounts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token; only the hash of its value is stored. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    private String id;
    private String userId;
    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant revokedAt;
    /** Null: the token does not expire. */
    private Instant expiresAt;

    protected ApiToken() {
    }

    ApiToken(String userId, String name, String value, Instant now) {
        this(userId, name, value, now, null);
    }

    ApiToken(String userId, String name, String value, Instant now, Instant expiresAt) {
        this.expiresAt = expiresAt;
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.name = name;
        this.tokenHash = SecretTokens.hash(value);
        this.createdAt = now;
    }

    String id() {
        return id;
    }

    String userId() {
        return userId;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean active() {
        return revokedAt == null;
    }

    boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        revokedAt = now;
    }
}
