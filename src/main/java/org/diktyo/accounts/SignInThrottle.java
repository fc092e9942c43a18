package org.diktyo.accounts;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.diktyo.platform.TooManyRequests;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ahead of sign-in: a password attempt that must wait goes back to the sign-in page, which
 * says how long, without its password being checked; a link request over its limit gets the
 * same "check your email" page as any other, and no mail. The client address is the
 * request's remote address (the client's own behind a trusted proxy, ADR 0015).
 */
class SignInThrottle extends OncePerRequestFilter {

    static final String THROTTLED = "/signin?throttled=";

    private final SignInAttempts attempts;
    private final SignInLinkRequests links;

    SignInThrottle(SignInAttempts attempts, SignInLinkRequests links) {
        this.attempts = attempts;
        this.links = links;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if ("/signin".equals(path)) {
                Duration wait = attempts.waitFor(request.getParameter("email"), request.getRemoteAddr());
                if (!wait.isZero()) {
                    response.sendRedirect(request.getContextPath() + THROTTLED + TooManyRequests.retryAfterSeconds(wait));
                    return;
                }
            } else if ("/signin/link".equals(path)
                    && !links.allow(request.getParameter("username"), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/signin/link/sent");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
