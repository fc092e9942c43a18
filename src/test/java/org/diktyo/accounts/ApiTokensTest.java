package org.diktyo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusal of a missing, wrong or expired token: problem+json in the reader's
 * language with {@code instance}; a token's expiry is chosen when it is made, shown on the
 * tokens page, and an expired token is refused with a reason of its own.
 */
@DatabaseTest
class ApiTokensTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    TestAccounts accounts;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        return json.readTree(response.body());
    }

    @Test
    void theRefusalIsAProblemInGreekByDefaultAndInEnglishOnRequest() {
        JsonNode greek = problem(http.get("/api/v1/outbox", null), 401);
        assertThat(greek.get("detail").asString()).isEqualTo("Χρειάζεται σύνδεση ή έγκυρο κλειδί API.");
        assertThat(greek.get("title").asString()).isEqualTo("Απαιτείται σύνδεση");
        assertThat(greek.get("status").asInt()).isEqualTo(401);
        assertThat(greek.get("instance").asString()).isEqualTo("/api/v1/outbox");

        JsonNode wrong = problem(http.get("/api/v1/outbox?page=0", "not-a-token"), 401);
        assertThat(wrong.get("detail").asString()).isEqualTo("Χρειάζεται σύνδεση ή έγκυρο κλειδί API.");
        assertThat(wrong.get("instance").asString()).isEqualTo("/api/v1/outbox");

        HttpResponse<String> asked = http.get("/api/v1/outbox", "not-a-token", "Accept-Language", "en-GB,en;q=0.8");
        JsonNode english = problem(asked, 401);
        assertThat(english.get("detail").asString()).isEqualTo("Sign in, or send a valid API token.");
        assertThat(english.get("title").asString()).isEqualTo("Sign-in required");
        assertThat(asked.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    MockHttpSession signIn(String email) throws Exception {
        var result = mvc.perform(post("/signin").param("email", email).param("password", "secret-password").with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    String create(MockHttpSession session, String name, String expiry) throws Exception {
        var request = post("/account/tokens").session(session).with(csrf()).param("name", name);
        if (expiry != null) {
            request.param("expiry", expiry);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aTokenExpiresWhenItsOwnerChoseAndIsThenRefusedWithTheReason() throws Exception {
        String email = accounts.userFor(Role.SECRETARIAT, null);
        MockHttpSession session = signIn(email);
        String form = mvc.perform(get("/account/tokens").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Λήξη του κλειδιού</legend>")
                .contains("id=\"token-expiry-90\" name=\"expiry\" type=\"radio\" value=\"90\" checked")
                .contains("Σε 30 ημέρες").contains("Δεν λήγει");

        String page = create(session, "script", "30");
        Matcher created = Pattern.compile("id=\"new-token\">([A-Za-z0-9_-]{43})<").matcher(page);
        assertThat(created.find()).as(page).isTrue();
        String value = created.group(1);
        Instant expires = jdbc.queryForObject("select expires_at from api_token where token_hash = ?", Instant.class,
                SecretTokens.hash(value));
        assertThat(expires).isCloseTo(Instant.now().plus(Duration.ofDays(30)), within());
        assertThat(page).contains("Λήγει").contains("Ενεργό");
        assertThat(http.get("/api/v1/outbox", value).statusCode()).isEqualTo(200);

        jdbc.update("update api_token set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), SecretTokens.hash(value));
        JsonNode refused = problem(http.get("/api/v1/outbox", value), 401);
        assertThat(refused.get("detail").asString()).isEqualTo(
                "Το κλειδί API έχει λήξει. Δημιουργήστε νέο στη σελίδα «Κλειδιά API» (/account/tokens).");
        assertThat(refused.get("instance").asString()).isEqualTo("/api/v1/outbox");
        assertThat(problem(http.get("/api/v1/outbox", value, "Accept-Language", "en"), 401).get("detail").asString())
                .startsWith("The API token has expired.");
        assertThat(mvc.perform(get("/account/tokens").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Έληξε");
    }

    @Test
    void aTokenWithoutExpiryLastsAndAnExpiryMustBeChosen() throws Exception {
        MockHttpSession session = signIn(accounts.userFor(Role.PARTNER, null));
        String page = create(session, "for ever", "never");
        Matcher created = Pattern.compile("id=\"new-token\">([A-Za-z0-9_-]{43})<").matcher(page);
        assertThat(created.find()).isTrue();
        assertThat(jdbc.queryForObject("select expires_at from api_token where token_hash = ?", Instant.class,
                SecretTokens.hash(created.group(1)))).isNull();
        assertThat(page).contains("Δεν λήγει");

        for (String expiry : new String[] {null, "7", "' or 1=1"}) {
            String refused = create(session, "odd", expiry);
            assertThat(refused).contains("govuk-error-summary").contains("href=\"#token-expiry-30\"")
                    .contains("Επιλέξτε πότε λήγει το κλειδί.").doesNotContain("id=\"new-token\"");
        }
        assertThat(jdbc.queryForObject("select count(*) from api_token where name = 'odd'", Integer.class)).isZero();
    }

    static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES);
    }
}
