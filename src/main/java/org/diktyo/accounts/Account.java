package org.diktyo.accounts;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "app_user")
class Account {

    @Id
    private String id;
    private String email;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String municipalityId;
    private boolean enabled;
    private Instant createdAt;

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, Role role, String municipalityId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.email = email.toLowerCase(java.util.Locale.ROOT);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.municipalityId = municipalityId;
        this.enabled = true;
        this.createdAt = now;
    }

    String id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    String municipalityId() {
        return municipalityId;
    }

    boolean enabled() {
        return enabled;
    }
}
