package org.diktyo.network.web;

import java.util.List;

import org.diktyo.network.domain.ContactForm;
import org.diktyo.network.domain.MembershipChange;
import org.diktyo.network.domain.MembershipForm;
import org.diktyo.network.domain.Municipality;
import org.diktyo.network.domain.MunicipalityForm;
import org.diktyo.platform.FormErrors;

/** The forms of the registry, each with the municipality it concerns and its errors. */
public final class FormView {

    private FormView() {
    }

    public record Edit(Municipality municipality, MunicipalityForm form, FormErrors errors, Names names) {
    }

    /** {@code contactId} is null for a new contact. */
    public record ContactEdit(Municipality municipality, String contactId, ContactForm form, FormErrors errors,
            Names names) {
    }

    /** {@code effectiveOn} and {@code until} as typed. */
    public record Membership(Municipality municipality, MembershipForm form, String effectiveOn, String until,
            FormErrors errors, Names names, List<MembershipChange> history) {
    }
}
