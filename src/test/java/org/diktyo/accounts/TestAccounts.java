package org.diktyo.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Makes users and API tokens for tests. */
@Component
public class TestAccounts {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;

    TestAccounts(Accounts accounts, ApiTokens tokens, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
    }

    /** A new user of {@code role} (bound to {@code municipality} for a focal point); returns an API token. */
    @Transactional
    public String tokenFor(Role role, String municipality) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.example";
        Account account = accounts.save(new Account(email, "Test " + role, passwords.encode("secret-password"), role,
                municipality, Instant.now()));
        String value = SecretTokens.generate();
        tokens.save(new ApiToken(account.id(), "test", value, Instant.now()));
        return value;
    }

    /** A new user of {@code role}; returns its email, whose password is {@code secret-password}. */
    @Transactional
    public String userFor(Role role, String municipality) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.example";
        accounts.save(new Account(email, "Test " + role, passwords.encode("secret-password"), role, municipality,
                Instant.now()));
        return email;
    }

    public static String demoToken() {
        return DemoAccounts.TOKEN;
    }

    public static String demoPassword() {
        return DemoAccounts.PASSWORD;
    }
}
