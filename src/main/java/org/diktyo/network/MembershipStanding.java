package org.diktyo.network;

import java.time.LocalDate;

/**
 * Where a municipality stands and why: the derived status, the rule that gave it (a key of the
 * network's bundle, {@code network.membership.rule.<rule>}), a flag about re-adoption
 * ({@code READOPTION_PENDING}, {@code READOPTION_OVERDUE} or null) and the override, if one is set
 * (its status, reason and last day; null otherwise).
 */
public record MembershipStanding(String municipalityId, MembershipStatus status, String rule, String flag,
        MembershipStatus overrideStatus, String overrideReason, LocalDate overrideUntil) {

    /** The message key of the rule. */
    public String ruleKey() {
        return "network.membership.rule." + rule;
    }
}
