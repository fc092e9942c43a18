package org.diktyo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.DatabaseTest;
import org.diktyo.DiktyoApplication;
import org.diktyo.TestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two instances on one database behind a balancer without sticky sessions (issue 18, ADR 0026):
 * signed in on the first, the next page on the second knows the user; signed out on the second,
 * the first no longer does. The session cookie keeps its name and flags.
 */
@DatabaseTest
class SessionsAcrossInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int first;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signedInOnOneInstanceAndKnownOnTheOther() throws Exception {
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(DiktyoApplication.class)
                .profiles("demo", "test")
                .run("--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--spring.datasource.hikari.maximum-pool-size=3", "--spring.mail.port=" + TestSmtp.port(),
                        "--server.port=0", "--spring.main.banner-mode=off", "--diktyo.mail.delivery.enabled=false")) {
            int second = other.getEnvironment().getRequiredProperty("local.server.port", Integer.class);

            HttpResponse<String> form = get(first, "/signin", null);
            String anonymous = session(form);
            HttpResponse<String> signedIn = post(first, "/signin", anonymous, "email", "secretariat@diktyo.example",
                    "password", TestAccounts.demoPassword(), "_csrf", csrf(form.body()));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
            String id = session(signedIn);
            assertThat(id).as("a new session on sign-in (fixation)").isNotEqualTo(anonymous);

            HttpResponse<String> onTheOther = get(second, "/admin/registry", id);
            assertThat(onTheOther.statusCode()).as("the second instance knows the user").isEqualTo(200);
            assertThat(onTheOther.body()).contains("action=\"/signout\"");

            HttpResponse<String> signedOut = post(second, "/signout", id, "_csrf", csrf(onTheOther.body()));
            assertThat(signedOut.statusCode()).isEqualTo(302);
            assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/?signedOut");

            HttpResponse<String> backOnTheFirst = get(first, "/admin/registry", id);
            assertThat(backOnTheFirst.statusCode()).as("signed out everywhere").isEqualTo(302);
            assertThat(backOnTheFirst.headers().firstValue("Location").orElse("")).contains("/signin");
        }
    }

    private HttpResponse<String> get(int port, String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String session, String... fields) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String session(HttpResponse<String> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(cookie);
            if (m.lookingAt()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no session cookie in " + response.headers().map());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a form with its CSRF token").isTrue();
        return m.group(1);
    }
}
