package org.diktyo.mail.delivery;

import java.io.IOException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;

import org.diktyo.mail.FailureKind;

/**
 * Sorts an SMTP failure into a {@link FailureKind}: the relay's reply code decides between
 * "for now" (4xx, retried) and "for good" (5xx, not retried); a refused address is told apart
 * from a refused message; no connection is {@code CONNECTION}.
 */
final class Failures {

    private Failures() {
    }

    /** A failure: its kind and the words of the relay or the library. */
    record Failure(FailureKind kind, String detail) {
    }

    static Failure of(Throwable error) {
        String detail = describe(error);
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof AuthenticationFailedException) {
                return new Failure(FailureKind.AUTHENTICATION, detail);
            }
            int code = replyCode(e);
            if (code >= 400) {
                boolean address = e.getClass().getSimpleName().contains("AddressFailed");
                if (code < 500) {
                    return new Failure(FailureKind.TEMPORARY, detail);
                }
                return new Failure(address ? FailureKind.RECIPIENT : FailureKind.REJECTED, detail);
            }
            if (e instanceof SendFailedException sendFailed && sendFailed.getNextException() != null
                    && sendFailed.getNextException() != e) {
                Failure nested = of(sendFailed.getNextException());
                if (nested.kind() != FailureKind.OTHER) {
                    return new Failure(nested.kind(), detail);
                }
            }
            if (e instanceof IOException || e.getClass().getSimpleName().equals("MailConnectException")) {
                return new Failure(FailureKind.CONNECTION, detail);
            }
        }
        return new Failure(FailureKind.OTHER, detail);
    }

    /** The SMTP reply code of Angus Mail's SMTP exceptions ({@code getReturnCode()}), else 0. */
    private static int replyCode(Throwable e) {
        try {
            Object code = e.getClass().getMethod("getReturnCode").invoke(e);
            return code instanceof Integer i ? i : 0;
        } catch (ReflectiveOperationException | RuntimeException notSmtp) {
            return 0;
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable e = error; e != null && text.length() < 900; e = e.getCause() == e ? null : e.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        }
        return text.toString();
    }
}
