package org.diktyo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.diktyo.DatabaseTest;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Requests of sign-in links are limited with the production defaults: three links to one
 * email, ten from one client address; every request gets the same neutral page.
 */
@DatabaseTest
class SignInLinkRequestsTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    String ask(String email, String address) throws Exception {
        return mvc.perform(post("/signin/link").param("username", email).with(csrf())
                .with(SignInThrottleTest.from(address))).andReturn().getResponse().getRedirectedUrl();
    }

    int links(String email) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and purpose = 'sign-in-link'",
                Integer.class, email);
    }

    @Test
    void thirtyRequestsForOneEmailQueueThreeMails() throws Exception {
        String email = accounts.userFor(Role.PARTNER, null);
        for (int i = 0; i < 30; i++) {
            assertThat(ask(email, "203.0.113." + (100 + i))).isEqualTo("/signin/link/sent");
        }
        assertThat(links(email)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from sign_in_link where email = ?", Integer.class, email))
                .as("no token made for a request over the limit").isEqualTo(3);
    }

    @Test
    void oneAddressGetsTenLinksSentWhateverTheEmails() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = accounts.userFor(Role.PARTNER, null);
            emails.add(email);
            assertThat(ask(email, "203.0.113.40")).isEqualTo("/signin/link/sent");
        }
        assertThat(emails.stream().mapToInt(this::links).sum()).isEqualTo(10);
        String another = accounts.userFor(Role.PARTNER, null);
        assertThat(ask(another, "203.0.113.41")).isEqualTo("/signin/link/sent");
        assertThat(links(another)).as("another address is not limited").isEqualTo(1);
    }
}
