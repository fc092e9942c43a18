package org.diktyo.mail.web;

import org.diktyo.mail.DeliveryStatus;
import org.diktyo.mail.Outbox;
import org.diktyo.mail.domain.ReadOutbox;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox for the secretariat: every message, its status, attempts and last error; failed ones sent again. */
@Controller
class OutboxPages {

    static final String OUTBOX = "mail/outbox";
    static final int PAGE_SIZE = 50;

    private final ReadOutbox read;
    private final Outbox outbox;
    private final ViewerResolver viewers;

    OutboxPages(ReadOutbox read, Outbox outbox, ViewerResolver viewers) {
        this.read = read;
        this.outbox = outbox;
        this.viewers = viewers;
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(required = false) String status, @RequestParam(required = false) String purpose,
            @RequestParam(defaultValue = "0") int page, Model model) {
        secretariat();
        DeliveryStatus known = parse(status);
        var purposes = read.purposes();
        String knownPurpose = purposes.contains(purpose) ? purpose : null;
        ReadOutbox.Found found = read.find(known, knownPurpose, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("view", new OutboxView(found, known, knownPurpose, purposes, read.counts()));
        return OUTBOX;
    }

    @PostMapping("/admin/outbox/{id}/retry")
    String retry(@PathVariable String id, RedirectAttributes redirect) {
        secretariat();
        outbox.retry(Files.id(id));
        Notices.confirm(redirect, "mail.outbox.retried");
        return "redirect:/admin/outbox";
    }

    private void secretariat() {
        if (!viewers.current().secretariat()) {
            throw Problem.forbidden();
        }
    }

    private static DeliveryStatus parse(String status) {
        for (DeliveryStatus s : DeliveryStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }
}
