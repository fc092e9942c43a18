package org.diktyo.network.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact as entered in a form or sent to the API. */
public record ContactForm(
        @NotNull(message = "network.contact.kind.required") Contact.Kind kind,
        @NotBlank(message = "network.contact.fullName.required") @Size(max = 200, message = "network.field.tooLong") String fullName,
        @Size(max = 200, message = "network.field.tooLong") String position,
        @NotNull(message = "network.contact.gender.required") Contact.Gender gender,
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "network.contact.email.invalid") @Size(max = 254, message = "network.field.tooLong") String email,
        @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,40}$", message = "network.contact.phone.invalid") String phone) {

    public static ContactForm empty() {
        return new ContactForm(Contact.Kind.OTHER, "", "", Contact.Gender.UNSPECIFIED, "", "");
    }

    public static ContactForm of(Contact c) {
        return new ContactForm(c.kind(), c.fullName(), nz(c.position()), c.gender(), nz(c.email()), nz(c.phone()));
    }

    ContactForm trimmed() {
        return new ContactForm(kind, trim(fullName), trim(position), gender, trim(email), trim(phone));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
