package org.diktyo.mail;

/**
 * Why an attempt to deliver a message failed, in words the secretariat can read (the relay's
 * own reply is kept beside it, in {@link OutboxEntry#lastError()}).
 */
public enum FailureKind {
    /** The relay could not be reached or did not answer in time: retried with back-off. */
    CONNECTION,
    /** The relay refused the sign-in (wrong user or password): retried, someone must fix the settings. */
    AUTHENTICATION,
    /** The relay refused a recipient's address for good (an SMTP 5xx reply): not retried. */
    RECIPIENT,
    /** The relay refused the message for good (an SMTP 5xx reply): not retried. */
    REJECTED,
    /** The relay refused the message for now (an SMTP 4xx reply): retried with back-off. */
    TEMPORARY,
    /** The instance sending it stopped before it could record the outcome; the message may have arrived. */
    INTERRUPTED,
    /** Anything else. */
    OTHER;

    /** Whether a message that failed this way is tried again (until the attempts run out). */
    public boolean retried() {
        return this != RECIPIENT && this != REJECTED;
    }
}
