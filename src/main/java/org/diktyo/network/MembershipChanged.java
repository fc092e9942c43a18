package org.diktyo.network;

import java.time.LocalDate;

/**
 * A municipality's derived membership status changed ({@code from} is null for the first one):
 * from when, and why (a message key of the network's bundle, such as
 * {@code network.membership.rule.ADOPTION}, or the reason the secretariat typed for an override).
 */
public record MembershipChanged(String municipalityId, MembershipStatus from, MembershipStatus to, LocalDate effectiveOn,
        String reason) {
}
