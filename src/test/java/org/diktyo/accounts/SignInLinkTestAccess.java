package org.diktyo.accounts;

/** Lets tests of other modules read a mail's plain text the way {@code SignInLinkTest} does. */
public final class SignInLinkTestAccess {

    private SignInLinkTestAccess() {
    }

    public static String plainText(jakarta.mail.Part part) throws Exception {
        return SignInLinkTest.plainText(part);
    }
}
