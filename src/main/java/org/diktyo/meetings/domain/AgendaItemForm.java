package org.diktyo.meetings.domain;

import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.diktyo.meetings.AgendaAxis;

/** An agenda item: when (wall-clock time in the meeting's zone), what, who speaks, which axis. */
public record AgendaItemForm(
        @NotNull(message = "meetings.agenda.time.required") LocalTime time,
        @NotBlank(message = "meetings.agenda.titleEl.required") @Size(max = 500, message = "meetings.field.tooLong") String titleEl,
        @Size(max = 500, message = "meetings.field.tooLong") String titleEn,
        @Size(max = 500, message = "meetings.field.tooLong") String speakers,
        AgendaAxis axis) {
}
