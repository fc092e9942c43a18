package org.diktyo.mail.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.diktyo.mail.FailureKind;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;

/** What each SMTP failure is called, and whether it is tried again. */
class FailuresTest {

    @Test
    void replyCodesDecideBetweenForNowAndForGood() throws Exception {
        var address = new InternetAddress("nobody@example.test");
        var refusedAddress = new SMTPAddressFailedException(address, "RCPT TO", 550, "550 5.1.1 User unknown");
        SendFailedException wrapped = new SendFailedException("Invalid Addresses", refusedAddress);
        assertThat(Failures.of(wrapped).kind()).isEqualTo(FailureKind.RECIPIENT);
        assertThat(Failures.of(wrapped).detail()).contains("550 5.1.1 User unknown");
        assertThat(FailureKind.RECIPIENT.retried()).isFalse();

        var busy = new SMTPAddressFailedException(address, "RCPT TO", 451, "451 4.7.1 Try again later");
        assertThat(Failures.of(new SendFailedException("x", busy)).kind()).isEqualTo(FailureKind.TEMPORARY);
        assertThat(FailureKind.TEMPORARY.retried()).isTrue();

        var spam = new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected", null, null, null, null);
        assertThat(Failures.of(spam).kind()).isEqualTo(FailureKind.REJECTED);
        assertThat(FailureKind.REJECTED.retried()).isFalse();
    }

    @Test
    void noConnectionAndABadSignInAreRetried() {
        var down = new MailConnectException(new SocketConnectException("refused", new ConnectException("Connection refused"),
                "localhost", 25, 2000));
        assertThat(Failures.of(down).kind()).isEqualTo(FailureKind.CONNECTION);
        assertThat(Failures.of(new MessagingException("lost", new java.net.SocketException("reset"))).kind())
                .isEqualTo(FailureKind.CONNECTION);
        assertThat(Failures.of(new AuthenticationFailedException("535 5.7.8 bad credentials")).kind())
                .isEqualTo(FailureKind.AUTHENTICATION);
        assertThat(FailureKind.AUTHENTICATION.retried()).isTrue();
        assertThat(Failures.of(new IllegalStateException("odd")).kind()).isEqualTo(FailureKind.OTHER);
    }
}
