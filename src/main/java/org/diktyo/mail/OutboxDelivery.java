package org.diktyo.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mail over SMTP. Each message is first claimed with a conditional update
 * (a lease of five minutes), so two instances never send the same message; a failure is
 * retried with back-off. Off in the demo profile, where mail stays in the outbox.
 */
@Component
@ConditionalOnProperty(name = "diktyo.mail.delivery.enabled", havingValue = "true")
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxMessages messages;
    private final JavaMailSender sender;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;
    private final String replyTo;
    private final int maxAttempts;

    OutboxDelivery(OutboxMessages messages, JavaMailSender sender, TransactionTemplate tx, Clock clock,
            @Value("${diktyo.mail.from}") String from, @Value("${diktyo.mail.reply-to}") String replyTo,
            @Value("${diktyo.mail.max-attempts:8}") int maxAttempts) {
        this.messages = messages;
        this.sender = sender;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
        this.replyTo = replyTo;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${diktyo.mail.delivery.interval:2s}")
    void deliverDue() {
        Instant now = Instant.now(clock);
        for (Long id : messages.findDue(now, PageRequest.of(0, 50))) {
            Boolean claimed = tx.execute(s -> messages.claim(id, now, now.plusSeconds(300)) == 1);
            if (Boolean.TRUE.equals(claimed)) {
                deliver(id);
            }
        }
    }

    private void deliver(long id) {
        OutboxMessage message = tx.execute(s -> messages.findById(id).orElseThrow());
        String error = null;
        try {
            sender.send(mime(message.mail()));
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("mail {} not delivered: {}", id, error);
        }
        String failure = error;
        tx.executeWithoutResult(s -> messages.findById(id).ifPresent(m -> {
            if (failure == null) {
                m.sent(Instant.now(clock));
            } else {
                m.failed(Instant.now(clock), failure, maxAttempts);
            }
        }));
    }

    private MimeMessage mime(OutgoingMail mail) throws jakarta.mail.MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setReplyTo(replyTo);
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        return mime;
    }
}
