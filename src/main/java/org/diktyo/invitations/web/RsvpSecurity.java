package org.diktyo.invitations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /api/v1/rsvp/{token}} needs no account: the token is the credential. Stateless,
 * no cookies (hence no CSRF), and ahead of the API's Bearer-token chain.
 */
@Configuration(proxyBeanMethods = false)
class RsvpSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain rsvpFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/rsvp/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
