package org.diktyo.accounts;

/** What the sign-in page says above its forms. */
public record SignInView(boolean error, boolean linkInvalid) {
}
