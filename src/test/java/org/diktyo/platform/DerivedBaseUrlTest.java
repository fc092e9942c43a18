package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.diktyo.DatabaseTest;
import org.diktyo.accounts.Role;
import org.diktyo.accounts.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** No base URL configured and a port other than 8080: the links in mail use the port the server listens on. */
@DatabaseTest
@TestPropertySource(properties = {"diktyo.base-url=", "diktyo.mail.delivery.enabled=false"})
class DerivedBaseUrlTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    BaseUrl baseUrl;

    @Test
    void aSignInLinkByMailPointsToThePortTheServerListensOn() throws Exception {
        assertThat(port).isNotEqualTo(8080);
        assertThat(baseUrl.get()).isEqualTo("http://localhost:" + port);
        String email = accounts.userFor(Role.PARTNER, null);
        mvc.perform(post("/signin/link").param("username", email).with(csrf())).andReturn();
        String body = jdbc.queryForObject("select body_text from mail_outbox where purpose = 'sign-in-link' and recipient = ?"
                + " order by id desc fetch first 1 rows only", String.class, email);
        assertThat(body).contains("http://localhost:" + port + "/signin/link?token=").doesNotContain("localhost:8080");
    }
}
