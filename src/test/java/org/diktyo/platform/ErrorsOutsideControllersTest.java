package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.diktyo.DatabaseTest;
import org.diktyo.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Errors that no controller handles (no handler for the path, a filter that refuses or fails)
 * answer by path, not by the client's {@code Accept} header: a page in the reader's language
 * everywhere but under {@code /api/}, a problem detail there.
 */
@DatabaseTest
@Import(ErrorsOutsideControllersTest.FailingFilter.class)
class ErrorsOutsideControllersTest {

    static final String TOKEN = "demo-secretariat-token-7f3c9a1e5b2d4f60";

    @LocalServerPort
    int port;

    @Test
    void anUnknownPageIsTheGreekErrorPageEvenForAClientThatAsksForJson() {
        HttpResponse<String> page = new Http(port).get("/no-such-page", null, "Accept", "application/json");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<html").contains("Η σελίδα ή το στοιχείο που ζητήσατε δεν υπάρχει.");
    }

    @Test
    void anUnknownApiPathIsAProblemDetailEvenForABrowser() {
        HttpResponse<String> problem = new Http(port).get("/api/v1/no-such-thing", TOKEN, "Accept", "text/html");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(problem.body()).contains("Η σελίδα ή το στοιχείο που ζητήσατε δεν υπάρχει.")
                .contains("\"instance\":\"/api/v1/no-such-thing\"");
    }

    @Test
    void aFilterThatFailsShowsTheApologyPageInEnglishWhenAsked() {
        HttpResponse<String> page = new Http(port).get("/probe/filter-failure?lang=en", null, "Accept", "application/json");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Something went wrong on our side.").doesNotContain("IllegalStateException");
    }

    @Test
    void aFiltersRefusalKeepsItsStatusAndText() {
        HttpResponse<String> page = new Http(port).get("/probe/filter-refusal", null, "Accept", "*/*");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("<html").contains("Δεν έχετε δικαίωμα γι’ αυτή την ενέργεια.");
    }

    @Test
    void aFilterThatFailsUnderTheApiAnswersAProblemDetail() {
        HttpResponse<String> problem = new Http(port).get("/api/v1/probe/filter-failure", TOKEN, "Accept", "text/html");
        assertThat(problem.statusCode()).isEqualTo(500);
        assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(problem.body()).contains("Κάτι πήγε στραβά").doesNotContain("IllegalStateException");
    }

    /** A filter in front of everything that fails or refuses on the probe paths. */
    @TestConfiguration
    static class FailingFilter {

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> failingProbe() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    String path = request.getRequestURI();
                    if (path.endsWith("/probe/filter-failure")) {
                        throw new IllegalStateException("a filter failed");
                    }
                    if (path.endsWith("/probe/filter-refusal")) {
                        throw new Problem(HttpStatus.FORBIDDEN, "platform.error.forbidden");
                    }
                    chain.doFilter(request, response);
                }
            });
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
