package org.diktyo.accounts;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's users and its one fixed API token (both in the README). Created once; only
 * with {@code diktyo.demo.enabled=true}, which the demo profile sets.
 */
@Component
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "diktyo-demo";
    static final String TOKEN = "demo-secretariat-token-7f3c9a1e5b2d4f60";

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoAccounts(Accounts accounts, ApiTokens tokens, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.findByEmail("secretariat@diktyo.example").isPresent()) {
            return;
        }
        Instant now = Instant.now(clock);
        String hash = passwords.encode(PASSWORD);
        Account secretariat = accounts.save(new Account("secretariat@diktyo.example", "Γραμματεία Δικτύου", hash,
                Role.SECRETARIAT, null, now));
        accounts.save(new Account("partner@diktyo.example", "Συνεργάτης ΔΟΜ", hash, Role.PARTNER, null, now));
        accounts.save(new Account("athens@diktyo.example", "Σημείο επαφής Αθηνών", hash, Role.FOCAL_POINT, "athens", now));
        accounts.save(new Account("thessaloniki@diktyo.example", "Σημείο επαφής Θεσσαλονίκης", hash, Role.FOCAL_POINT,
                "thessaloniki", now));
        tokens.save(new ApiToken(secretariat.id(), "demo", TOKEN, now));
    }
}
