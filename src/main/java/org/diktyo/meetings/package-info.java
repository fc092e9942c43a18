/**
 * Meetings: the network's meetings with their parts (sessions) at venues, the agenda
 * (drafted, then published in versions, each announced by {@link org.diktyo.meetings.AgendaPublished}
 * or {@link org.diktyo.meetings.AgendaChanged}), attached documents, and minutes, decisions and
 * follow-up actions after the meeting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
        allowedDependencies = {"platform", "language", "network", "documents", "followups"})
package org.diktyo.meetings;
