package org.diktyo.meetings;

/** The agenda of a meeting was published for the first time (version 1). */
public record AgendaPublished(String meetingId, int version) {
}
