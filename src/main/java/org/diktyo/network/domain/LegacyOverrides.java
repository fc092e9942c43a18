package org.diktyo.network.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The members from before the platform (the 18 of {@code cni-members.csv}) have no adoption on
 * file: each gets an override MEMBER with the reason «μέλος πριν από την ψηφιοποίηση» until
 * {@code diktyo.network.legacy-override-until} (default: the end of the year after the import),
 * so that deriving their status changes nothing for them. Only members that never had an
 * override and have no evidence get one; runs with the registry's import, in its transaction.
 */
@Service
public class LegacyOverrides {

    private final MembershipStore store;
    private final MessageSource messages;
    private final String until;
    private final Clock clock;

    LegacyOverrides(MembershipStore store, MessageSource messages,
            @Value("${diktyo.network.legacy-override-until:}") String until, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.until = until;
        this.clock = clock;
    }

    public List<String> apply() {
        LocalDate last = until == null || until.isBlank()
                ? LocalDate.of(LocalDate.now(clock.withZone(DeriveMembership.ATHENS)).getYear() + 1, 12, 31)
                : LocalDate.parse(until.trim());
        String reason = messages.getMessage("network.membership.legacy", null, DeriveMembership.GREEK);
        List<String> members = store.membersWithoutEvidence();
        for (String id : members) {
            store.override(id, org.diktyo.network.MembershipStatus.MEMBER, reason, last, "import");
        }
        return members;
    }
}
