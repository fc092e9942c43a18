package org.diktyo.invitations.campaigns;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.diktyo.mail.Outbox;
import org.springframework.stereotype.Component;

/** What became of the invitation mails, by invitation id, as the outbox tells it. */
@Component
class DeliveryStatus {

    private final Outbox outbox;

    DeliveryStatus(Outbox outbox) {
        this.outbox = outbox;
    }

    Map<String, String[]> invitationMails(Collection<String> invitationIds) {
        Map<String, String[]> out = new HashMap<>();
        outbox.latestByReference(invitationIds, "invitation")
                .forEach((id, e) -> out.put(id, new String[] {e.status().name(), e.lastError()}));
        return out;
    }
}
