package org.diktyo.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose cookies are all marked {@code Secure}: for a request that came over HTTPS
 * (or was forwarded as such by a trusted proxy), so that no cookie the platform sets there —
 * the language's too, not only the session's — would later travel over plain HTTP.
 */
final class SecureCookies extends HttpServletResponseWrapper {

    SecureCookies(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, secured(name, value));
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, secured(name, value));
    }

    static String secured(String name, String value) {
        if (value == null || !"Set-Cookie".equalsIgnoreCase(name)) {
            return value;
        }
        return value.matches("(?i).*;\\s*Secure(\\s*;.*|\\s*)") ? value : value + "; Secure";
    }
}
