package org.diktyo.accounts;

/**
 * What the sign-in page says above its forms; {@code waitSeconds} is positive when sign-in
 * attempts must wait that long (too many failures).
 */
public record SignInView(boolean error, boolean linkInvalid, long waitSeconds) {

    public boolean throttled() {
        return waitSeconds > 0;
    }
}
