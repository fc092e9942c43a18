package org.diktyo.accounts;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The CSRF token of an upload ({@code multipart/form-data}) is read from the header or the query
 * string ({@code action="…?_csrf=…"}), never from the body: reading a parameter would parse the
 * whole upload inside the security filter, where a file above the server's limit fails with an
 * exception instead of reaching the page that refuses it readably. Other forms are unchanged.
 */
class QueryStringCsrfForUploads implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        standard.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return standard.resolveCsrfTokenValue(request, token);
        }
        return standard.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return fromQuery(request.getQueryString(), name);
            }
        }, token);
    }

    static String fromQuery(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
