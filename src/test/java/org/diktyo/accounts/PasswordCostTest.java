package org.diktyo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.diktyo.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with bcrypt at {@code diktyo.sign-in.password-cost}: 10 in the
 * application's settings, 4 under the tests' profile only; a stored hash is checked at the cost it
 * was made with, so lowering or raising the setting never locks anyone out.
 */
@DatabaseTest
class PasswordCostTest {

    @Autowired
    PasswordEncoder passwords;

    @Test
    void theTestsProfileHashesAtFour() {
        assertThat(passwords.encode("diktyo-demo")).startsWith("{bcrypt}$2a$04$");
    }

    @Test
    void newHashesTakeTheSettingsCostAndOldOnesStillMatch() {
        PasswordEncoder production = new SecurityConfig().passwordEncoder(10);
        String hash = production.encode("diktyo-demo");
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(production.matches("diktyo-demo", hash)).isTrue();
        assertThat(production.matches("diktyo-dem0", hash)).isFalse();

        String cheap = new SecurityConfig().passwordEncoder(4).encode("diktyo-demo");
        assertThat(cheap).startsWith("{bcrypt}$2a$04$");
        assertThat(production.matches("diktyo-demo", cheap)).isTrue();
    }

    @Test
    void theApplicationsSettingIsTen() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        assertThat(yaml.getObject().getProperty("diktyo.sign-in.password-cost")).isEqualTo("10");
    }
}
