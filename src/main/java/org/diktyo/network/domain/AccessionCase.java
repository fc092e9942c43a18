package org.diktyo.network.domain;

import java.time.LocalDate;

/**
 * A municipality's way towards membership: its stage (and, on hold, the stage it was at) since
 * when, the secretariat's owner, the next action and its date, where it came from, when it was
 * opened and closed, and the day of its last activity.
 */
public record AccessionCase(String id, String municipalityId, AccessionStage stage, AccessionStage heldStage,
        LocalDate stageSince, String ownerEmail, AccessionSource source, String nextAction, LocalDate nextActionOn,
        LocalDate openedOn, LocalDate closedOn, LocalDate lastActivityOn, int version) {

    public boolean open() {
        return closedOn == null;
    }

    /** The stage that counts: the stage it was at while on hold. */
    public AccessionStage effectiveStage() {
        return stage == AccessionStage.ON_HOLD && heldStage != null ? heldStage : stage;
    }

    public long daysInStage(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(stageSince, today);
    }

    public boolean overdue(LocalDate today) {
        return open() && nextActionOn != null && nextActionOn.isBefore(today);
    }
}
