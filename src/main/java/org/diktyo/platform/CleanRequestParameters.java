package org.diktyo.platform;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter (forms, uploads' text fields, query strings) reaches the platform
 * without the characters {@link ControlCharacters} does not allow: they are removed, before
 * sign-in or any controller reads them. Nothing is parsed here; the values are cleaned when read.
 */
@Configuration(proxyBeanMethods = false)
class CleanRequestParameters {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cleanRequestParametersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new Cleaned(request), response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // after the character encoding, before security
        registration.setName("cleanRequestParameters");
        return registration;
    }

    /** The request with its parameters' values cleaned. */
    static final class Cleaned extends HttpServletRequestWrapper {

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterValues(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            if (values == null) {
                values = getParameterMap().get(name); // a name that itself held such characters
                return values == null ? null : values.clone();
            }
            return Arrays.stream(values).map(ControlCharacters::removed).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> cleaned = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> cleaned.put(ControlCharacters.removed(name),
                    Arrays.stream(values).map(ControlCharacters::removed).toArray(String[]::new)));
            return java.util.Collections.unmodifiableMap(cleaned);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(getParameterMap().keySet());
        }
    }
}
