package org.diktyo.meetings.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.diktyo.meetings.MeetingKind;
import org.diktyo.meetings.MeetingStatus;
import org.diktyo.meetings.Visibility;

/** A meeting's description as entered by the secretariat. */
public record MeetingForm(
        @NotNull(message = "meetings.kind.required") MeetingKind kind,
        @NotBlank(message = "meetings.titleEl.required") @Size(max = 300, message = "meetings.field.tooLong") String titleEl,
        @NotBlank(message = "meetings.titleEn.required") @Size(max = 300, message = "meetings.field.tooLong") String titleEn,
        String hostMunicipalityId,
        @Size(max = 300, message = "meetings.field.tooLong") String hostOfficialEl,
        @Size(max = 300, message = "meetings.field.tooLong") String hostOfficialEn,
        @NotNull(message = "meetings.visibility.required") Visibility visibility,
        MeetingStatus status,
        String zone) {

    public static MeetingForm empty() {
        return new MeetingForm(MeetingKind.WORKING_MEETING, "", "", "athens", "", "", Visibility.PUBLIC,
                MeetingStatus.DRAFT, "Europe/Athens");
    }

    public static MeetingForm of(Meeting m) {
        return new MeetingForm(m.kind(), m.titleEl(), m.titleEn(), m.hostMunicipalityId(), nz(m.hostOfficialEl()),
                nz(m.hostOfficialEn()), m.visibility(), m.status(), m.zone().getId());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
