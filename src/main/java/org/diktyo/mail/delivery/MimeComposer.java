package org.diktyo.mail.delivery;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.diktyo.mail.domain.MailSettings;
import org.diktyo.mail.domain.OutboxAttachment;
import org.diktyo.mail.domain.OutboxAttachments;
import org.diktyo.mail.domain.OutboxMessage;
import org.diktyo.mail.domain.OutboxMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a stored message into the MIME message that goes out, the same on every attempt:
 * <ul>
 * <li>From: the platform's own address ({@code diktyo.mail.from}) with the network's name;
 * Reply-To: the secretariat ({@code diktyo.mail.reply-to}); To and Cc as queued;</li>
 * <li>Message-ID: the one fixed at queue time; Date: the time it was queued (RFC 5322: when
 * the message was ready to enter the mail system), so a retry is the same message;</li>
 * <li>the body: {@code multipart/alternative} of {@code text/plain} and {@code text/html}, both
 * UTF-8; with attachments, inside {@code multipart/mixed}, each attachment base64-encoded (so
 * that it arrives byte for byte: no line-ending conversion on the way) with its file name
 * per RFC 2231 ({@code filename*=UTF-8''…}) and its type as queued (a calendar as
 * {@code text/calendar; method=REQUEST; charset=UTF-8});</li>
 * <li>Greek in the subject and in names: RFC 2047 encoded words.</li>
 * </ul>
 */
@Component
public class MimeComposer {

    private static final Locale GREEK = Locale.forLanguageTag("el");

    private final OutboxMessages messages;
    private final OutboxAttachments attachments;
    private final MailSettings settings;
    private final MessageSource text;
    private final TransactionTemplate tx;
    private final Session session;

    MimeComposer(OutboxMessages messages, OutboxAttachments attachments, MailSettings settings, MessageSource text,
            TransactionTemplate tx, ObjectProvider<JavaMailSender> sender) {
        this.messages = messages;
        this.attachments = attachments;
        this.settings = settings;
        this.text = text;
        this.tx = tx;
        this.session = sender.getIfAvailable() instanceof JavaMailSenderImpl impl ? impl.getSession()
                : Session.getInstance(new Properties());
    }

    Session session() {
        return session;
    }

    /** The MIME message of outbox message {@code id}, ready to send or to save as a {@code .eml} file. */
    public MimeMessage compose(long id) throws MessagingException {
        Stored stored = tx.execute(status -> {
            OutboxMessage m = messages.findById(id).orElseThrow();
            return new Stored(m, attachments.findByOutboxIdOrderBySeq(id));
        });
        return compose(stored.message(), stored.files());
    }

    private record Stored(OutboxMessage message, List<OutboxAttachment> files) {
    }

    MimeMessage compose(OutboxMessage m, List<OutboxAttachment> files) throws MessagingException {
        MimeMessage mime = new FixedIdMessage(session, m.messageId());
        mime.setFrom(named(settings.from(), "mail.from.name"));
        mime.setReplyTo(new InternetAddress[] {named(settings.replyTo(), "mail.replyTo.name")});
        mime.setRecipient(Message.RecipientType.TO, recipient(m.to()));
        for (String copy : m.cc()) {
            mime.addRecipient(Message.RecipientType.CC, recipient(copy));
        }
        mime.setSubject(m.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(m.createdAt()));
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(m.text(), "plain"));
        alternative.addBodyPart(textPart(m.html(), "html"));
        if (files.isEmpty()) {
            mime.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (OutboxAttachment file : files) {
                mixed.addBodyPart(attachment(file));
            }
            mime.setContent(mixed);
        }
        mime.saveChanges();
        return mime;
    }

    private InternetAddress named(String address, String nameKey) throws MessagingException {
        try {
            return new InternetAddress(address, text.getMessage(nameKey, null, GREEK), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 unsupported", e);
        }
    }

    /** A stored address, its name (if any) encoded as UTF-8 words. */
    private static InternetAddress recipient(String stored) throws MessagingException {
        InternetAddress parsed = new InternetAddress(stored);
        if (parsed.getPersonal() == null) {
            return parsed;
        }
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 unsupported", e);
        }
    }

    private static MimeBodyPart textPart(String body, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(body, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    private static MimeBodyPart attachment(OutboxAttachment file) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(file.filename());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** A MIME message whose Message-ID is the stored one, not a new one at every {@code saveChanges()}. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
