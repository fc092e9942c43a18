package org.diktyo;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Tests only: how MockMvc carries the id of a session kept in the database (ADR 0026). A browser
 * and every real HTTP client carry it in the {@code JSESSIONID} cookie, exactly as in production;
 * a MockMvc test keeps a {@code MockHttpSession} between its requests instead of cookies, so the id
 * is also written into, and read from, that mock session. The sessions themselves are the
 * production ones (Spring Session on H2 or PostgreSQL).
 */
@Configuration(proxyBeanMethods = false)
@Profile("test")
class MockMvcSessions {

    static final String ID = MockMvcSessions.class.getName() + ".id";

    @Bean
    HttpSessionIdResolver httpSessionIdResolver() {
        // The cookie as application.yml describes it (Boot makes its own only when no resolver is given).
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setCookieName("JSESSIONID");
        cookies.setSameSite("Lax");
        cookies.setUseHttpOnlyCookie(true);
        CookieHttpSessionIdResolver byCookie = new CookieHttpSessionIdResolver();
        byCookie.setCookieSerializer(cookies);
        return new HttpSessionIdResolver() {
            @Override
            public List<String> resolveSessionIds(HttpServletRequest request) {
                List<String> ids = new ArrayList<>(byCookie.resolveSessionIds(request));
                HttpSession mock = mockSession(request, false);
                if (mock != null && mock.getAttribute(ID) instanceof String id) {
                    ids.add(id);
                }
                return ids;
            }

            @Override
            public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
                byCookie.setSessionId(request, response, sessionId);
                HttpSession mock = mockSession(request, true);
                if (mock != null) {
                    mock.setAttribute(ID, sessionId);
                }
            }

            @Override
            public void expireSession(HttpServletRequest request, HttpServletResponse response) {
                byCookie.expireSession(request, response);
                HttpSession mock = mockSession(request, false);
                if (mock != null) {
                    mock.removeAttribute(ID);
                }
            }
        };
    }

    /** The mock request's own session under every wrapper, only for MockMvc (never a real container's). */
    private static HttpSession mockSession(ServletRequest request, boolean create) {
        ServletRequest inner = request;
        while (inner instanceof ServletRequestWrapper wrapper) {
            inner = wrapper.getRequest();
        }
        return inner instanceof MockHttpServletRequest mock ? mock.getSession(create) : null;
    }
}
