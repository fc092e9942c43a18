package org.diktyo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.diktyo.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password sign-in is throttled with the production defaults: after five failures an account
 * must wait (1 s, doubled, at most 30 s) and then the right password works; an address that
 * failed twenty times waits for every account. Each test uses addresses of its own.
 */
@DatabaseTest
class SignInThrottleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    String signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/signin").param("email", email).param("password", password).with(csrf())
                .with(from(address))).andReturn().getResponse().getRedirectedUrl();
    }

    static long waitOf(String redirect) {
        assertThat(redirect).startsWith("/signin?throttled=");
        return Long.parseLong(redirect.substring("/signin?throttled=".length()));
    }

    @Test
    void sixtyWrongPasswordsMakeTheAccountWaitBrieflyThenTheRightOneWorks() throws Exception {
        String email = accounts.userFor(Role.PARTNER, null);
        int refused = 0;
        String last = null;
        for (int i = 0; i < 60; i++) {
            last = signIn(email, "wrong-" + i, "203.0.113.10");
            if ("/signin?error".equals(last)) {
                refused++;
            } else {
                assertThat(waitOf(last)).as("a bounded wait").isBetween(1L, 30L);
            }
        }
        assertThat(refused).as("failures answered before the account must wait; every other attempt waits").isEqualTo(5);

        // Once the wait is over, one more failure is counted and starts a fresh, longer wait:
        Thread.sleep(waitOf(last) * 1000 + 100);
        long wait = waitOf(signIn(email, "wrong-again", "203.0.113.10"));
        assertThat(wait).as("a bounded wait, doubled").isBetween(2L, 30L);
        assertThat(waitOf(signIn(email, "secret-password", "203.0.113.10"))).as("even the right password waits")
                .isBetween(1L, wait);
        assertThat(waitOf(signIn(email, "secret-password", "203.0.113.11"))).as("the account waits whatever the address")
                .isBetween(1L, wait);

        Thread.sleep(wait * 1000 + 100);
        assertThat(signIn(email, "secret-password", "203.0.113.11")).as("the right password after the wait").isEqualTo("/");
        assertThat(signIn(email, "wrong", "203.0.113.11")).as("a success clears the failures").isEqualTo("/signin?error");
    }

    @Test
    void anAddressThatFailedTwentyTimesWaitsForEveryAccountOthersDoNot() throws Exception {
        for (int i = 0; i < 19; i++) {
            assertThat(signIn("nobody-" + i + "@nowhere.example", "guess", "203.0.113.20")).isEqualTo("/signin?error");
        }
        assertThat(waitOf(signIn("nobody-19@nowhere.example", "guess", "203.0.113.20")))
                .as("the twentieth failure makes the address wait").isPositive();
        String email = accounts.userFor(Role.PARTNER, null);
        assertThat(waitOf(signIn(email, "secret-password", "203.0.113.20"))).as("a minute's refill at most")
                .isBetween(1L, 60L);
        assertThat(signIn(email, "secret-password", "203.0.113.21")).as("another address signs in").isEqualTo("/");
    }

    @Test
    void theSignInPageSaysHowLongToWaitInTheReadersLanguage() throws Exception {
        String greek = mvc.perform(get("/signin").param("throttled", "7")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(greek).contains("Πάρα πολλές αποτυχημένες προσπάθειες σύνδεσης. Δοκιμάστε ξανά σε 7 δευτερόλεπτα.")
                .contains("govuk-error-summary").contains("role=\"alert\"");
        String english = mvc.perform(get("/signin").param("throttled", "1").param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Too many failed attempts to sign in. Try again in one second.");
        assertThat(mvc.perform(get("/signin").param("throttled", "<script>")).andReturn().getResponse().getStatus())
                .as("nonsense is no 500").isEqualTo(200);
    }
}
