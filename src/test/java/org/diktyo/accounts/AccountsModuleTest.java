package org.diktyo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The accounts module on its own (with {@code platform} and {@code mail}): its sign-in page in
 * Greek, a password sign-in that works and one that does not, an API token kept only as its
 * hash, and the audit trail of an anonymous reader.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:accounts-module;DB_CLOSE_DELAY=-1",
        "diktyo.mail.delivery.enabled=false"})
class AccountsModuleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSignInPageIsGreekAndAPasswordSignsIn() throws Exception {
        accounts.save(new Account("module@test.example", "Δοκιμή", passwords.encode("secret-password"), Role.PARTNER,
                null, Instant.now()));
        mvc.perform(get("/signin")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Με κωδικό πρόσβασης")));

        MvcResult right = mvc.perform(post("/signin").with(csrf())
                .param("email", "module@test.example").param("password", "secret-password")).andReturn();
        assertThat(right.getResponse().getStatus()).isEqualTo(302);
        assertThat(right.getResponse().getRedirectedUrl()).doesNotContain("signin");

        MvcResult wrong = mvc.perform(post("/signin").with(csrf())
                .param("email", "module@test.example").param("password", "not-the-password")).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).contains("/signin");
    }

    @Test
    void anApiTokenIsKeptOnlyAsItsHash() {
        Account account = accounts.save(new Account("tokens@test.example", "Δοκιμή", passwords.encode("secret-password"),
                Role.SECRETARIAT, null, Instant.now()));
        String value = SecretTokens.generate();
        tokens.save(new ApiToken(account.id(), "module", value, Instant.now()));

        assertThat(tokens.findByTokenHashAndRevokedAtIsNull(SecretTokens.hash(value))).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, value))
                .as("the value itself is not stored").isZero();
    }

    @Test
    void theAuditTrailNamesAnAnonymousReaderWithADash() {
        audit.record("module.test.read", "larissa");
        assertThat(audit.latest(10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("module.test.read");
            assertThat(entry.subject()).isEqualTo("larissa");
            assertThat(entry.actor()).isEqualTo("-");
        });
    }
}
