package org.diktyo.network.domain;

import java.time.LocalDate;
import java.util.List;

import org.diktyo.network.MembershipStatus;

/**
 * The derivation of a municipality's membership status from its evidence, in the order of
 * docs/adr/0024-accession.md: an override still in force (its last day included); a withdrawal
 * after the last adoption (FORMER); a verified adoption of the version in force or a later one
 * (MEMBER); of an earlier version while the re-adoption deadline has not passed, or none is set
 * (MEMBER, re-adoption pending); a member that no longer qualifies stays a member, flagged (no
 * rule ever demotes a member: leaving is a recorded withdrawal); an open case at CANDIDATE or
 * beyond (CANDIDATE); otherwise PROSPECT. A pure function, tested as a table.
 */
public final class MembershipRules {

    public static final String READOPTION_PENDING = "READOPTION_PENDING";
    public static final String READOPTION_OVERDUE = "READOPTION_OVERDUE";

    private MembershipRules() {
    }

    /** One piece of evidence: an adoption or a withdrawal of a version, in the order recorded ({@code seq}). */
    public record Evidence(boolean adoption, int version, long seq) {
    }

    /**
     * What the derivation reads: the status now, the override (null if none), the evidence, the
     * version in force (null if none is known: any adoption counts) and its re-adoption deadline,
     * and the stage of the open case (null if none; for a case on hold, the stage it was at).
     */
    public record Facts(MembershipStatus current, MembershipStatus overrideStatus, LocalDate overrideUntil,
            List<Evidence> evidence, Integer versionInForce, LocalDate readoptionDeadline, AccessionStage caseStage) {
    }

    /** The status, the rule that gave it (OVERRIDE, WITHDRAWAL, ADOPTION, PREVIOUS_ADOPTION, STAYS_MEMBER, CASE, NONE) and a flag or null. */
    public record Derived(MembershipStatus status, String rule, String flag) {
    }

    public static Derived derive(Facts f, LocalDate today) {
        if (f.overrideStatus() != null && f.overrideUntil() != null && !f.overrideUntil().isBefore(today)) {
            return new Derived(f.overrideStatus(), "OVERRIDE", null);
        }
        long lastAdoption = f.evidence().stream().filter(Evidence::adoption).mapToLong(Evidence::seq).max().orElse(-1);
        long lastWithdrawal = f.evidence().stream().filter(e -> !e.adoption()).mapToLong(Evidence::seq).max().orElse(-1);
        if (lastWithdrawal > lastAdoption) {
            return new Derived(MembershipStatus.FORMER, "WITHDRAWAL", null);
        }
        if (adopted(f, true)) {
            return new Derived(MembershipStatus.MEMBER, "ADOPTION", null);
        }
        if (adopted(f, false) && (f.readoptionDeadline() == null || !today.isAfter(f.readoptionDeadline()))) {
            return new Derived(MembershipStatus.MEMBER, "PREVIOUS_ADOPTION", READOPTION_PENDING);
        }
        if (f.current() == MembershipStatus.MEMBER) {
            return new Derived(MembershipStatus.MEMBER, "STAYS_MEMBER", READOPTION_OVERDUE);
        }
        if (f.caseStage() != null && f.caseStage().candidate()) {
            return new Derived(MembershipStatus.CANDIDATE, "CASE", null);
        }
        return new Derived(MembershipStatus.PROSPECT, "NONE", null);
    }

    /** An adoption (not withdrawn since) of the version in force or later ({@code current}), or of an earlier one. */
    private static boolean adopted(Facts f, boolean current) {
        return f.evidence().stream().filter(Evidence::adoption)
                .filter(a -> f.evidence().stream().noneMatch(w -> !w.adoption() && w.version() == a.version() && w.seq() > a.seq()))
                .anyMatch(a -> f.versionInForce() == null ? current : current == (a.version() >= f.versionInForce()));
    }
}
