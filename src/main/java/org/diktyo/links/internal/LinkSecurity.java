package org.diktyo.links.internal;

import java.util.List;

import org.diktyo.links.LinkPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The API paths of personal links ({@link LinkPaths}) need no account: the token is the
 * credential. Stateless, no cookies (hence no CSRF), no referrer, and ahead of the API's
 * Bearer-token chain.
 */
@Configuration(proxyBeanMethods = false)
class LinkSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain personalLinkChain(HttpSecurity http, List<LinkPaths> paths) throws Exception {
        String[] patterns = paths.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        http.securityMatcher(patterns.length == 0 ? new String[] {"/api/v1/links-none/**"} : patterns)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
