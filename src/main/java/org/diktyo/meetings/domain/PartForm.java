package org.diktyo.meetings.domain;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.diktyo.language.Bilingual;
import org.diktyo.platform.PlausibleDate;

/**
 * A part as entered: the date and wall-clock times in the meeting's zone, and the venue.
 * {@code endTime} may be left out (a reception "at 20:00"); when given, it must be after
 * {@code startTime} on the same day, which {@link ArrangeParts} checks.
 */
public record PartForm(
        @NotBlank(message = "meetings.part.titleEl.required") @Size(max = 300, message = "meetings.field.tooLong") String titleEl,
        @NotBlank(message = "meetings.part.titleEn.required") @Size(max = 300, message = "meetings.field.tooLong") String titleEn,
        @NotNull(message = "meetings.part.date.required") @PlausibleDate LocalDate date,
        @NotNull(message = "meetings.part.startTime.required") LocalTime startTime,
        LocalTime endTime,
        @NotBlank(message = "meetings.part.venueEl.required") @Size(max = 300, message = "meetings.field.tooLong") String venueEl,
        @NotBlank(message = "meetings.part.venueEn.required") @Size(max = 300, message = "meetings.field.tooLong") String venueEn,
        @NotBlank(message = "meetings.part.streetEl.required") @Size(max = 200, message = "meetings.field.tooLong") String streetEl,
        @NotBlank(message = "meetings.part.streetEn.required") @Size(max = 200, message = "meetings.field.tooLong") String streetEn,
        @NotNull(message = "meetings.part.postcode.invalid") @Pattern(regexp = "^\\d{3} ?\\d{2}$", message = "meetings.part.postcode.invalid") String postcode,
        @NotBlank(message = "meetings.part.cityEl.required") @Size(max = 100, message = "meetings.field.tooLong") String cityEl,
        @NotBlank(message = "meetings.part.cityEn.required") @Size(max = 100, message = "meetings.field.tooLong") String cityEn,
        @Size(max = 200, message = "meetings.field.tooLong") String landmarkEl,
        @Size(max = 200, message = "meetings.field.tooLong") String landmarkEn,
        @Size(max = 200, message = "meetings.field.tooLong") String roomEl,
        @Size(max = 200, message = "meetings.field.tooLong") String roomEn,
        @Min(value = -5, message = "meetings.part.floor.invalid") Integer floor,
        @Min(value = 0, message = "meetings.part.capacity.negative") Integer capacity,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean answeredSeparately) {

    /** {@code titleEl} and {@code titleEn} together. */
    public Bilingual title() {
        return Bilingual.of(titleEl(), titleEn());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
