package org.diktyo.accounts;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.diktyo.platform.LinkPages;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ProblemDetails;
import org.diktyo.platform.PublicReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. The API: stateless, Bearer tokens only (no cookies, hence no CSRF),
 * refusals as problem details; what may be read without a token each module declares as a
 * {@link PublicReads} bean. The pages: session sign-in by password or one-time link,
 * CSRF on every POST, a strict content security policy without inline scripts or styles;
 * password sign-in and link requests throttled ({@link SignInThrottle}, ADR 0015). HSTS is
 * Spring Security's default for secure requests (HTTPS, or forwarded as such by a trusted proxy).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * No observation (timer, counters, events) around each security filter of each request:
     * nothing reads them, and they cost more than the filters themselves (the reply's load run).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** bcrypt, marked {@code {bcrypt}} in the stored hash; {@code diktyo.sign-in.password-cost} for new hashes. */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${diktyo.sign-in.password-cost:10}") int cost) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(cost)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Accounts accounts, TransactionTemplate tx,
            MessageSource messages, JsonMapper json, LocaleResolver locales, Clock clock, List<PublicReads> publicReads)
            throws Exception {
        String[] readable = publicReads.stream().flatMap(r -> r.patterns().stream()).toArray(String[]::new);
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(request, response, json, messages, locales,
                    e instanceof ExpiredApiToken ? ExpiredApiToken.PROBLEM : Problem.unauthorized());
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                write(request, response, json, messages, locales, Problem.forbidden());
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, unauthorized, tx, clock), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> {
                    if (readable.length > 0) {
                        a.requestMatchers(HttpMethod.GET, readable).permitAll();
                    }
                    a.anyRequest().authenticated();
                })
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInLinkMailer linkMailer, SignInAttempts attempts,
            SignInLinkRequests linkRequests, List<LinkPages> linkPages) throws Exception {
        String[] tokenInAddress = linkPages.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        PasswordSignInOutcomes outcomes = new PasswordSignInOutcomes(attempts);
        http.addFilterBefore(new SignInThrottle(attempts, linkRequests), GenerateOneTimeTokenFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/**", "/account/**").authenticated()
                        .anyRequest().permitAll())
                .csrf(c -> c.csrfTokenRequestHandler(new QueryStringCsrfForUploads()).ignoringRequestMatchers(tokenInAddress))
                .formLogin(f -> f.loginPage("/signin").loginProcessingUrl("/signin")
                        .usernameParameter("email").successHandler(outcomes).failureHandler(outcomes).permitAll())
                .oneTimeTokenLogin(ott -> ott.tokenGeneratingUrl("/signin/link")
                        .loginProcessingUrl("/signin/link/verify")
                        .loginPage("/signin")
                        .showDefaultSubmitPage(false)
                        .tokenGenerationSuccessHandler(linkMailer)
                        .failureUrl("/signin?linkInvalid"))
                .logout(l -> l.logoutUrl("/signout").logoutSuccessUrl("/?signedOut"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * A refusal of the security filters, before Spring MVC has chosen the language: the locale
     * resolver's choice (Greek, or {@code Accept-Language}) and the request's path as {@code instance}.
     */
    private static void write(HttpServletRequest request, HttpServletResponse response, JsonMapper json,
            MessageSource messages, LocaleResolver locales, Problem problem) throws IOException {
        response.setStatus(problem.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        ProblemDetail body = ProblemDetails.of(messages, locales.resolveLocale(request), problem);
        body.setInstance(URI.create(request.getRequestURI()));
        json.writeValue(response.getOutputStream(), body);
    }
}
