package org.diktyo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The arithmetic of the production defaults, on a clock the test moves. */
class SignInAttemptsTest {

    static final class MovingClock extends Clock {

        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    MovingClock clock = new MovingClock();
    SignInAttempts attempts = new SignInAttempts(5, Duration.ofSeconds(30), 20, Duration.ofMinutes(1), clock);

    @Test
    void anAccountWaitsOneSecondDoubledAtMostThirtyWhateverTheAddress() {
        for (int i = 0; i < 5; i++) {
            assertThat(attempts.waitFor("A@example.gr", "10.0.0." + i)).isZero();
            attempts.failed("A@example.gr", "10.0.0." + i);
        }
        assertThat(attempts.waitFor("a@example.gr", "10.0.0.99")).isZero();
        long[] expected = {1, 2, 4, 8, 16, 30, 30, 30};
        for (long seconds : expected) {
            attempts.failed(" a@example.gr ", "10.0.0.50");
            assertThat(attempts.waitFor("a@example.gr", "10.0.0.51")).isEqualTo(Duration.ofSeconds(seconds));
            clock.advance(Duration.ofSeconds(seconds));
            assertThat(attempts.waitFor("a@example.gr", "10.0.0.51")).isZero();
        }
        assertThat(attempts.waitFor("b@example.gr", "10.0.0.51")).as("another account").isZero();
        attempts.succeeded("a@example.gr");
        attempts.failed("a@example.gr", "10.0.0.52");
        assertThat(attempts.waitFor("a@example.gr", "10.0.0.52")).as("a success starts afresh").isZero();
    }

    @Test
    void anAddressFailsTwentyTimesThenOncePerMinute() {
        for (int i = 0; i < 19; i++) {
            attempts.failed("user" + i + "@example.gr", "192.0.2.1");
            assertThat(attempts.waitFor("x@example.gr", "192.0.2.1")).isZero();
        }
        attempts.failed("user19@example.gr", "192.0.2.1");
        assertThat(attempts.waitFor("x@example.gr", "192.0.2.1")).isEqualTo(Duration.ofMinutes(1));
        assertThat(attempts.waitFor("x@example.gr", "192.0.2.2")).as("another address").isZero();
        clock.advance(Duration.ofSeconds(45));
        assertThat(attempts.waitFor("x@example.gr", "192.0.2.1")).isEqualTo(Duration.ofSeconds(15));
        clock.advance(Duration.ofSeconds(15));
        assertThat(attempts.waitFor("x@example.gr", "192.0.2.1")).isZero();
        attempts.failed("x@example.gr", "192.0.2.1");
        assertThat(attempts.waitFor("y@example.gr", "192.0.2.1")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void failuresAreForgottenAfterAQuarterOfAnHour() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("c@example.gr", "10.1.0." + i);
        }
        clock.advance(Duration.ofMinutes(16));
        attempts.failed("c@example.gr", "10.1.0.9");
        assertThat(attempts.waitFor("c@example.gr", "10.1.0.9")).isZero();
    }
}
