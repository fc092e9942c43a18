package org.diktyo.mail.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.security.SecureRandom;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.diktyo.mail.OutgoingMail;
import org.diktyo.platform.Problem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.HtmlUtils;

/**
 * Puts a message into the outbox, in the caller's transaction: it exists, and will be sent,
 * only if that transaction commits. Checks it first: addresses that SMTP cannot carry and
 * attachments over the size limit are refused with a {@link Problem}; a wrong purpose or a
 * missing body is a programming error.
 */
@Service
public class QueueMail {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern PURPOSE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");
    private static final int MAX_BODY = 1_000_000;

    private final OutboxMessages messages;
    private final OutboxAttachments attachments;
    private final MailSettings settings;
    private final Clock clock;
    private final ObjectProvider<DeliveryTrigger> trigger;
    /**
     * Queued rows are written at once (identity keys) and not changed afterwards in the caller's
     * transaction: they leave the persistence context, so that a caller queuing many mails in one
     * transaction (the confirmations, ADR 0010) does not have every later query compare them all,
     * bytes included, before it runs.
     */
    @PersistenceContext
    private EntityManager entities;

    QueueMail(OutboxMessages messages, OutboxAttachments attachments, MailSettings settings, Clock clock,
            ObjectProvider<DeliveryTrigger> trigger) {
        this.messages = messages;
        this.attachments = attachments;
        this.settings = settings;
        this.clock = clock;
        this.trigger = trigger;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public long queue(OutgoingMail mail) {
        String to = address(mail.to(), "to");
        List<String> cc = new ArrayList<>();
        for (String copy : mail.cc()) {
            cc.add(address(copy, "cc"));
        }
        if (mail.subject() == null || mail.subject().isBlank()) {
            throw new IllegalArgumentException("a message needs a subject");
        }
        if (mail.text() == null || mail.text().isBlank() || mail.text().length() > MAX_BODY
                || (mail.html() != null && mail.html().length() > MAX_BODY)) {
            throw new IllegalArgumentException("a message needs a plain-text body of at most " + MAX_BODY + " characters");
        }
        if (mail.purpose() == null || !PURPOSE.matcher(mail.purpose()).matches()) {
            throw new IllegalArgumentException("purpose must match " + PURPOSE + ": " + mail.purpose());
        }
        if (mail.reference() != null && mail.reference().length() > 100) {
            throw new IllegalArgumentException("reference longer than 100 characters");
        }
        long total = 0;
        for (OutgoingMail.Attachment a : mail.attachments()) {
            if (a.content() == null || a.filename() == null || a.filename().isBlank()) {
                throw new IllegalArgumentException("an attachment needs a name and content");
            }
            total += a.content().length;
        }
        if (total > settings.maxAttachmentBytes()) {
            throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "mail.attachments.tooLarge",
                    Math.max(1, settings.maxAttachmentBytes() / 1_000_000));
        }
        String subject = oneLine(mail.subject());
        if (subject.length() > 500) {
            subject = subject.substring(0, 499) + "…";
        }
        String html = mail.html() == null || mail.html().isBlank() ? htmlOf(mail.text()) : mail.html();
        Instant now = Instant.now(clock);
        OutboxMessage row = messages.save(new OutboxMessage(newMessageId(), to, cc, subject, mail.text(), html,
                mail.purpose(), mail.reference(), now));
        int seq = 0;
        for (OutgoingMail.Attachment a : mail.attachments()) {
            entities.detach(attachments.save(new OutboxAttachment(row.id(), seq++, filename(a.filename()),
                    Attachments.contentType(a.contentType(), a.content()), a.content())));
        }
        entities.detach(row);
        wakeAfterCommit();
        return row.id();
    }

    /** {@code <128 random bits in hex@the sender's domain>}: unique, and fixed for every attempt. */
    String newMessageId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return "<" + HexFormat.of().formatHex(bits) + "@" + settings.domain() + ">";
    }

    void wakeAfterCommit() {
        DeliveryTrigger delivery = trigger.getIfAvailable();
        if (delivery == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.wake();
                }
            });
        }
    }

    /**
     * One address, as SMTP can carry it, with the recipient's name if it has one
     * ({@code Χάρης Δούκας <mayor@athens.gr>}: the name goes out RFC 2047-encoded); refused with
     * the field it came from.
     */
    static String address(String value, String field) {
        try {
            if (value == null || value.isBlank()) {
                throw new AddressException("empty");
            }
            InternetAddress[] parsed = InternetAddress.parse(value.trim(), true);
            if (parsed.length != 1) {
                throw new AddressException("one address expected");
            }
            parsed[0].validate();
            String personal = parsed[0].getPersonal();
            if (personal == null || personal.isBlank()) {
                return parsed[0].getAddress();
            }
            String name = oneLine(personal);
            String named = name.matches("[\\p{L}\\p{N} ]+") ? name + " <" + parsed[0].getAddress() + ">"
                    : new InternetAddress(parsed[0].getAddress(), name, "UTF-8").toUnicodeString();
            if (named.length() > 500) {
                throw new AddressException("too long");
            }
            return named;
        } catch (AddressException | java.io.UnsupportedEncodingException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, "mail.address.invalid",
                    List.of(new Problem.FieldProblem(field, "mail.address.invalid.field")),
                    value == null ? "" : value);
        }
    }

    /** A header may not break a line: that would let text become headers. */
    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** A file name without a path or control characters, at most 200 characters long. */
    static String filename(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            clean = "attachment";
        }
        return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }

    private static String htmlOf(String text) {
        return "<p>" + HtmlUtils.htmlEscape(text, "UTF-8").replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>";
    }
}
