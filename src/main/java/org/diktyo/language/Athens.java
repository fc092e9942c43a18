package org.diktyo.language;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The platform counts its days in Athens: "today", a deadline's last day, a period's ends, a
 * time shown to a reader. One place for the zone, so that no module counts in the machine's.
 */
public final class Athens {

    public static final ZoneId ZONE = ZoneId.of("Europe/Athens");

    private Athens() {
    }

    /** Today's date in Athens by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
