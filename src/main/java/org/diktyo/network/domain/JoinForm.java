package org.diktyo.network.domain;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A municipality asks to join the network: which one (its registry id), who writes (name,
 * position, e-mail), a message, the consent to keep these details, and {@code website}, a field
 * hidden from people: a form that fills it is a robot's, answered as if sent and not kept.
 */
public record JoinForm(
        @NotBlank(message = "network.join.municipality.required") @Size(max = 80, message = "network.field.tooLong") String municipalityId,
        @NotBlank(message = "network.join.fullName.required") @Size(max = 200, message = "network.field.tooLong") String fullName,
        @NotBlank(message = "network.join.position.required") @Size(max = 200, message = "network.field.tooLong") String position,
        @NotBlank(message = "network.join.email.required") @Email(message = "network.contact.email.invalid") @Size(max = 254, message = "network.field.tooLong") String email,
        @Size(max = 2000, message = "network.join.message.tooLong") String message,
        @NotNull(message = "network.join.consent.required") @AssertTrue(message = "network.join.consent.required") Boolean consent,
        String website) {

    public static JoinForm empty() {
        return forMunicipality("");
    }

    /** An empty form with the municipality already chosen (the join link of a letter to its mayor). */
    public static JoinForm forMunicipality(String municipalityId) {
        return new JoinForm(municipalityId == null ? "" : municipalityId, "", "", "", "", Boolean.FALSE, "");
    }
}
