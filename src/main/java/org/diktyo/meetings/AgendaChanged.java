package org.diktyo.meetings;

/** A published agenda was changed; {@code version} is the new one. */
public record AgendaChanged(String meetingId, int version) {
}
