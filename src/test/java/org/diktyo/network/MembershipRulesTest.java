package org.diktyo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.diktyo.network.domain.AccessionStage;
import org.diktyo.network.domain.MembershipRules;
import org.diktyo.network.domain.MembershipRules.Evidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The derivation of membership as a table: (evidence, override and its last day, version in
 * force and its re-adoption deadline, the open case's stage, the status now, today) → the status,
 * the rule and the flag. Boundary days: the override's last day and the day after, the deadline
 * day and the day after.
 */
class MembershipRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final MembershipStatus P = MembershipStatus.PROSPECT;
    static final MembershipStatus C = MembershipStatus.CANDIDATE;
    static final MembershipStatus M = MembershipStatus.MEMBER;
    static final MembershipStatus F = MembershipStatus.FORMER;

    /** {@code "A1"}: an adoption of version 1; {@code "W1"}: a withdrawal of version 1; in the order given. */
    static List<Evidence> evidence(String codes) {
        List<Evidence> list = new ArrayList<>();
        long seq = 1;
        for (String code : codes.isBlank() ? new String[0] : codes.split(" ")) {
            list.add(new Evidence(code.charAt(0) == 'A', Integer.parseInt(code.substring(1)), seq++));
        }
        return list;
    }

    static Arguments row(String what, MembershipStatus now, String evidence, MembershipStatus override, LocalDate until,
            Integer inForce, LocalDate deadline, AccessionStage stage, LocalDate today, MembershipStatus status, String rule,
            String flag) {
        return Arguments.of(what, new MembershipRules.Facts(now, override, until, evidence(evidence), inForce, deadline,
                stage), today, status, rule, flag);
    }

    static Stream<Arguments> table() {
        LocalDate deadline = TODAY.plusDays(30);
        return Stream.of(
                row("nothing at all", P, "", null, null, 1, null, null, TODAY, P, "NONE", null),
                row("an open case before candidacy", P, "", null, null, 1, null, AccessionStage.INTERESTED, TODAY, P, "NONE", null),
                row("an open case at CANDIDATE", P, "", null, null, 1, null, AccessionStage.CANDIDATE, TODAY, C, "CASE", null),
                row("an open case at COUNCIL_DECISION", P, "", null, null, 1, null, AccessionStage.COUNCIL_DECISION, TODAY, C,
                        "CASE", null),
                row("an open case at MEMORANDUM_SIGNED", P, "", null, null, 1, null, AccessionStage.MEMORANDUM_SIGNED, TODAY, C,
                        "CASE", null),
                row("a candidate whose case went back to INTERESTED", C, "", null, null, 1, null, AccessionStage.INTERESTED,
                        TODAY, P, "NONE", null),
                row("adoption of the version in force", P, "A1", null, null, 1, null, null, TODAY, M, "ADOPTION", null),
                row("adoption of a later version than in force", P, "A2", null, null, 1, null, null, TODAY, M, "ADOPTION", null),
                row("adoption, no version in force known", P, "A1", null, null, null, null, null, TODAY, M, "ADOPTION", null),
                row("adoption of the previous version, before the deadline", M, "A1", null, null, 2, deadline, null, TODAY, M,
                        "PREVIOUS_ADOPTION", "READOPTION_PENDING"),
                row("adoption of the previous version, on the deadline day", M, "A1", null, null, 2, TODAY, null, TODAY, M,
                        "PREVIOUS_ADOPTION", "READOPTION_PENDING"),
                row("adoption of the previous version, the day after the deadline: stays, flagged", M, "A1", null, null, 2,
                        TODAY.minusDays(1), null, TODAY, M, "STAYS_MEMBER", "READOPTION_OVERDUE"),
                row("adoption of the previous version, no deadline set yet", M, "A1", null, null, 2, null, null, TODAY, M,
                        "PREVIOUS_ADOPTION", "READOPTION_PENDING"),
                row("previous and current version adopted", M, "A1 A2", null, null, 2, TODAY.minusDays(1), null, TODAY, M,
                        "ADOPTION", null),
                row("a withdrawal after the adoption", M, "A1 W1", null, null, 1, null, null, TODAY, F, "WITHDRAWAL", null),
                row("re-adopted after a withdrawal", F, "A1 W1 A1", null, null, 1, null, null, TODAY, M, "ADOPTION", null),
                row("a withdrawal wins over a candidate's case", F, "A1 W1", null, null, 1, null, AccessionStage.CANDIDATE,
                        TODAY, F, "WITHDRAWAL", null),
                row("override MEMBER, its last day today", P, "", M, TODAY, 1, null, null, TODAY, M, "OVERRIDE", null),
                row("override MEMBER, ended yesterday, was a member: stays, flagged", M, "", M, TODAY.minusDays(1), 1, null,
                        null, TODAY, M, "STAYS_MEMBER", "READOPTION_OVERDUE"),
                row("override CANDIDATE, ended yesterday: the case decides", C, "", C, TODAY.minusDays(1), 1, null, null, TODAY,
                        P, "NONE", null),
                row("override PROSPECT wins over an adoption", M, "A1", P, TODAY.plusYears(1), 1, null, null, TODAY, P,
                        "OVERRIDE", null),
                row("override FORMER wins over a candidate's case", C, "", F, TODAY.plusDays(1), 1, null,
                        AccessionStage.CANDIDATE, TODAY, F, "OVERRIDE", null),
                row("a member never demoted by a deadline alone", M, "", null, null, 3, TODAY.minusDays(100), null, TODAY, M,
                        "STAYS_MEMBER", "READOPTION_OVERDUE"),
                row("any withdrawal after the last adoption means leaving", M, "A2 W1", null, null, 2, null, null, TODAY, F,
                        "WITHDRAWAL", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void derivesTheStatus(String what, MembershipRules.Facts facts, LocalDate today, MembershipStatus status, String rule,
            String flag) {
        MembershipRules.Derived d = MembershipRules.derive(facts, today);
        assertThat(d.status()).as(what).isEqualTo(status);
        assertThat(d.rule()).as(what).isEqualTo(rule);
        assertThat(d.flag()).as(what).isEqualTo(flag);
    }
}
