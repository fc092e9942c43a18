package org.diktyo;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the platform counts it: in Athens. A test that took the machine's zone (UTC on CI)
 * would disagree with the application between 22:00 and 24:00 UTC.
 */
public final class Today {

    public static final ZoneId ATHENS = ZoneId.of("Europe/Athens");

    private Today() {
    }

    public static LocalDate inAthens() {
        return LocalDate.now(ATHENS);
    }
}
