package org.diktyo.accounts;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.diktyo.platform.Problem;
import org.diktyo.platform.ProblemDetails;
import org.diktyo.platform.PublicReads;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. The API: stateless, Bearer tokens only (no cookies, hence no CSRF),
 * refusals as problem details; what may be read without a token each module declares as a
 * {@link PublicReads} bean. The pages: session sign-in by password or one-time link,
 * CSRF on every POST, a strict content security policy without inline scripts or styles.
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Accounts accounts, TransactionTemplate tx,
            MessageSource messages, JsonMapper json, List<PublicReads> publicReads) throws Exception {
        String[] readable = publicReads.stream().flatMap(r -> r.patterns().stream()).toArray(String[]::new);
        AuthenticationEntryPoint unauthorized = (request, response, e) ->
                write(response, json, messages, Problem.unauthorized());
        AccessDeniedHandler forbidden = (request, response, e) -> write(response, json, messages, Problem.forbidden());
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, unauthorized, tx), AnonymousAuthenticationFilter.class)
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
    SecurityFilterChain pages(HttpSecurity http, SignInLinkMailer linkMailer) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/admin/**", "/account/**").authenticated()
                        .anyRequest().permitAll())
                .csrf(c -> c.csrfTokenRequestHandler(new QueryStringCsrfForUploads()))
                .formLogin(f -> f.loginPage("/signin").loginProcessingUrl("/signin")
                        .usernameParameter("email").failureUrl("/signin?error").permitAll())
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

    private static void write(HttpServletResponse response, JsonMapper json, MessageSource messages, Problem problem)
            throws IOException {
        response.setStatus(problem.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
                ProblemDetails.of(messages, LocaleContextHolder.getLocale(), problem));
    }
}
