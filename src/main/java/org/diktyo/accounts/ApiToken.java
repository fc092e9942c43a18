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

    protected ApiToken() {
    }

    ApiToken(String userId, String name, String value, Instant now) {
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

    boolean active() {
        return revokedAt == null;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }
}
