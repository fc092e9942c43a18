package org.diktyo.invitations.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the secretariat chooses for a campaign. The deadline is a date: replies are accepted
 * until the end of that day in the meeting's time zone. {@code reminderDays}: days before the
 * deadline, comma-separated ({@code 7,2}); {@code municipalities}: the hand-picked audience.
 */
public record CampaignForm(String audience, String region, List<String> municipalities, Integer quota,
        LocalDate deadline, List<String> parts, List<String> documents, String letterEl, String letterEn,
        String reminderDays) {

    public CampaignForm {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        parts = parts == null ? List.of() : List.copyOf(parts);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
