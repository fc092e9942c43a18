package org.diktyo.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo keeps mail in the outbox instead of sending it; this page shows it, so a visitor
 * can follow a sign-in link without a mail server. Exists only with the demo profile.
 */
@Controller
@ConditionalOnProperty(name = "diktyo.demo.enabled", havingValue = "true")
class DemoMailbox {

    static final String VIEW = "mail/demo";

    private final Outbox outbox;

    DemoMailbox(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/demo/mail")
    String mailbox(Model model) {
        model.addAttribute("messages", outbox.latest(20));
        return VIEW;
    }
}
