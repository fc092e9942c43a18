package org.diktyo.network.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the secretariat or the municipality's focal point may change in its profile. */
public record MunicipalityForm(
        @NotBlank(message = "network.municipality.officialNameEl.required") @Size(max = 200, message = "network.field.tooLong") String officialNameEl,
        @NotBlank(message = "network.municipality.officialNameEn.required") @Size(max = 200, message = "network.field.tooLong") String officialNameEn,
        @NotBlank(message = "network.municipality.mayorTitleEl.required") @Size(max = 200, message = "network.field.tooLong") String mayorTitleEl,
        @NotBlank(message = "network.municipality.mayorTitleEn.required") @Size(max = 200, message = "network.field.tooLong") String mayorTitleEn,
        @Size(max = 300, message = "network.field.tooLong") @Pattern(regexp = "^$|^https?://\\S+$", message = "network.municipality.website.invalid") String website) {

    public static MunicipalityForm of(Municipality m) {
        return new MunicipalityForm(m.officialNameEl(), m.officialNameEn(), m.mayorTitleEl(), m.mayorTitleEn(),
                m.website() == null ? "" : m.website());
    }
}
