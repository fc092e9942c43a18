package org.diktyo.invitations.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class HeldInvitationsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aFailingInvitationIsHeldBackLongerAtEachFailureUpToTenMinutesAndLoggedOnce() {
        HeldInvitations held = new HeldInvitations();
        assertThat(held.failed("a", T0)).as("the first failure is logged").isTrue();
        assertThat(held.waiting(T0.plusMillis(999))).containsExactly("a");
        assertThat(held.waiting(T0.plusSeconds(1))).isEmpty();
        assertThat(held.failed("a", T0.plusSeconds(1))).as("later ones are not").isFalse();
        assertThat(held.waiting(T0.plusMillis(2999))).containsExactly("a");
        assertThat(held.waiting(T0.plusSeconds(3))).isEmpty();
        Instant at = T0;
        for (int i = 0; i < 30; i++) {
            held.failed("a", at);
        }
        assertThat(held.waiting(at.plus(HeldInvitations.LONGEST).minusMillis(1))).containsExactly("a");
        assertThat(held.waiting(at.plus(HeldInvitations.LONGEST))).isEmpty();
    }

    @Test
    void anInvitationThatWentOutOrFailedADayAgoIsForgotten() {
        HeldInvitations held = new HeldInvitations();
        held.failed("a", T0);
        held.failed("b", T0);
        held.released("a");
        assertThat(held.waiting(T0)).containsExactly("b");
        assertThat(held.waiting(T0.plus(Duration.ofDays(1)).plusSeconds(1))).isEmpty();
        assertThat(held.failed("b", T0.plus(Duration.ofDays(1)).plusSeconds(1))).as("logged afresh").isTrue();
    }
}
