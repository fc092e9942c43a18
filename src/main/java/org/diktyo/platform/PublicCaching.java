package org.diktyo.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * What a visitor without a session or a token reads (the public pages, the registry's JSON) may be
 * kept by the visitor's own browser and asked for again with {@code If-None-Match}: such an answer
 * carries {@code Cache-Control: private, no-cache} and an ETag of its body, and an unchanged page
 * costs a {@code 304} without a body. Anything else keeps Spring Security's {@code no-store}: a
 * signed-in user's page, an answer to a bearer token, a page that sets a cookie (a form's CSRF
 * session), and the pages of personal links (their security chain says {@code no-store} itself).
 * Static files set their own year-long caching (their addresses carry their content's hash).
 */
@Configuration(proxyBeanMethods = false)
class PublicCaching {

    static final String PUBLIC = "private, no-cache";
    static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicCachingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2); // outside security, which would say no-store
        registration.setName("publicCaching");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();

        Filter() {
            // Weak: Tomcat does not compress an answer with a strong ETag (its bytes would differ).
            etags.setWriteWeakETag(true);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!anonymousRead(request)) {
                chain.doFilter(request, response);
                return;
            }
            // Set first, so that Spring Security's cache headers (written only where none is) stay out.
            response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
            etags.doFilter(request, response, (req, res) -> {
                chain.doFilter(req, res);
                HttpServletResponse answered = (HttpServletResponse) res;
                if (answered.containsHeader(HttpHeaders.SET_COOKIE)) {
                    answered.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE); // and no ETag: see isEligibleForEtag
                    answered.setHeader(HttpHeaders.PRAGMA, "no-cache");
                    answered.setHeader(HttpHeaders.EXPIRES, "0");
                }
            });
        }

        /** A GET or HEAD without a session cookie and without an Authorization header. */
        static boolean anonymousRead(HttpServletRequest request) {
            String method = request.getMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
                return false;
            }
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if ("JSESSIONID".equals(cookie.getName())) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
