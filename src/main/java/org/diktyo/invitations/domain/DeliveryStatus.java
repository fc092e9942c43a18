package org.diktyo.invitations.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diktyo.mail.Outbox;
import org.springframework.stereotype.Component;

/**
 * What became of the invitation mails, as the outbox tells it. The outbox does not yet look
 * mails up by reference; until it does, the latest invitation mails are matched by recipient.
 * This is the one place to change when it can.
 */
@Component
class DeliveryStatus {

    static final int WINDOW = 2000;

    private final Outbox outbox;

    DeliveryStatus(Outbox outbox) {
        this.outbox = outbox;
    }

    /** For each recipient of an invitation mail: its latest status ({@code QUEUED}, {@code SENT}, {@code FAILED}) and error. */
    Map<String, String[]> invitationMails() {
        Map<String, String[]> byRecipient = new HashMap<>();
        List<Outbox.OutboxEntry> latest = outbox.latest(WINDOW);
        for (Outbox.OutboxEntry e : latest) {
            if ("invitation".equals(e.purpose()) && e.to() != null) {
                byRecipient.putIfAbsent(e.to().toLowerCase(), new String[] {e.status(), e.lastError()});
            }
        }
        return byRecipient;
    }
}
