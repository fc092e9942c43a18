package org.diktyo.meetings;

/**
 * A part's capacity was changed ({@code capacity} null: no limit any more). Published inside the
 * change's transaction: a listener that refuses (a {@link org.diktyo.platform.Problem}) undoes it.
 */
public record PartCapacityChanged(String meetingId, String partId, Integer capacity) {
}
