package org.diktyo.accounts;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.diktyo.platform.TooManyRequests;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Counts each password sign-in's outcome for {@link SignInAttempts}: a failure against the
 * account and the address (back to the sign-in page with the error, or with the wait if it
 * now has to wait); a success clears the account's failures and goes where it was going.
 */
class PasswordSignInOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final SignInAttempts attempts;
    private final AuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();

    PasswordSignInOutcomes(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        attempts.failed(email, request.getRemoteAddr());
        Duration wait = attempts.waitFor(email, request.getRemoteAddr());
        response.sendRedirect(request.getContextPath()
                + (wait.isZero() ? "/signin?error" : SignInThrottle.THROTTLED + TooManyRequests.retryAfterSeconds(wait)));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        attempts.succeeded(request.getParameter("email"));
        success.onAuthenticationSuccess(request, response, authentication);
    }
}
