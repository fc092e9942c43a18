package org.diktyo.mail.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One connection to the SMTP relay ({@code spring.mail.*}) for a batch of messages, opened at
 * the first message and again after a failure. Each message is handed over on its own, so
 * that each can be marked sent the moment the relay accepts it.
 */
final class Relay implements AutoCloseable {

    private final JavaMailSenderImpl config;
    private final Session session;
    private Transport transport;

    Relay(JavaMailSenderImpl config, Session session) {
        this.config = config;
        this.session = session;
    }

    /** True if this attempt had to connect first (a failure then says the relay is unreachable). */
    boolean connected() {
        return transport != null;
    }

    void send(MimeMessage message) throws MessagingException {
        if (transport == null) {
            Transport t = session.getTransport(config.getProtocol() == null ? "smtp" : config.getProtocol());
            String user = config.getUsername();
            String password = config.getPassword();
            if (user == null && password == null) {
                t.connect(config.getHost(), config.getPort(), null, null);
            } else {
                t.connect(config.getHost(), config.getPort(), user, password);
            }
            transport = t;
        }
        transport.sendMessage(message, message.getAllRecipients());
    }

    /** Forgets the connection after a failure; the next message connects anew. */
    void drop() {
        close();
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
            transport = null;
        }
    }
}
