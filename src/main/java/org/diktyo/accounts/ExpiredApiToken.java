package org.diktyo.accounts;

import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;

/** An API token past its expiry: refused with 401 and a reason of its own. */
class ExpiredApiToken extends BadCredentialsException {

    static final Problem PROBLEM = new Problem(HttpStatus.UNAUTHORIZED, "accounts.token.expired");

    ExpiredApiToken() {
        super("expired token");
    }
}
