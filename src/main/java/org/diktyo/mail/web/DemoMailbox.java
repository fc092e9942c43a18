package org.diktyo.mail.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.mail.MessagingException;

import org.diktyo.mail.Outbox;
import org.diktyo.mail.delivery.MimeComposer;
import org.diktyo.mail.domain.ReadOutbox;
import org.diktyo.platform.Problem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The demo keeps mail in the outbox instead of sending it; this page shows it — recipients,
 * text, attachments to download, and the whole message as a {@code .eml} file exactly as it
 * would be sent — so a visitor can follow a sign-in or invitation link without a mail server.
 * Exists only with the demo profile.
 */
@Controller
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoMailbox {

    static final String VIEW = "mail/demo";
    static final int SHOWN = 30;

    private final Outbox outbox;
    private final ReadOutbox read;
    private final MimeComposer composer;

    DemoMailbox(Outbox outbox, ReadOutbox read, MimeComposer composer) {
        this.outbox = outbox;
        this.read = read;
        this.composer = composer;
    }

    @GetMapping("/demo/mail")
    String mailbox(Model model) {
        model.addAttribute("messages", outbox.latest(SHOWN));
        return VIEW;
    }

    @GetMapping("/demo/mail/{id}/attachments/{index}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable int index) {
        return Files.download(read.attachment(Files.id(id), index).orElseThrow(Problem::notFound));
    }

    @GetMapping("/demo/mail/{id}/message.eml")
    ResponseEntity<byte[]> message(@PathVariable String id) throws IOException, MessagingException {
        long messageId = Files.id(id);
        if (outbox.entry(messageId).isEmpty()) {
            throw Problem.notFound();
        }
        ByteArrayOutputStream eml = new ByteArrayOutputStream();
        composer.compose(messageId).writeTo(eml);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("message-" + messageId + ".eml").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(eml.toByteArray());
    }
}
