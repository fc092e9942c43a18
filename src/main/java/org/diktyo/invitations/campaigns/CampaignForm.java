package org.diktyo.invitations.campaigns;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the secretariat chooses for a campaign. The deadline is a date: replies are accepted
 * until the end of that day in the meeting's time zone. {@code reminderDays}: days before the
 * deadline, comma-separated ({@code 7,2}); {@code municipalities}: the hand-picked audience.
 */
public record CampaignForm(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "MEMBERS, PROSPECTS, CANDIDATES, REGION (with region) or HAND_PICKED (with municipalities)") String audience,
        String region, List<String> municipalities,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "10") Integer quota,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate deadline,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the ids of the parts offered, at least one") List<String> parts,
        List<String> documents,
        @Schema(description = "the letter's paragraphs in Greek; left out: the network's letter for this meeting") String letterEl,
        @Schema(description = "the letter's paragraphs in English; left out: the network's letter for this meeting") String letterEn,
        String reminderDays) {

    public CampaignForm {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        parts = parts == null ? List.of() : List.copyOf(parts);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
