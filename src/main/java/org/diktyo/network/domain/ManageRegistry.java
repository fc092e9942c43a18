package org.diktyo.network.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validator;

import org.diktyo.accounts.AuditTrail;
import org.diktyo.platform.Checks;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's use cases, each checking who asks: read a municipality and (for those who
 * may) its contacts, edit its profile, add, change and remove contacts, change membership.
 * Input is validated before anything is written; a refusal changes nothing.
 */
@Service
public class ManageRegistry {

    private final Municipalities municipalities;
    private final Contacts contacts;
    private final MembershipChanges changes;
    private final ViewerResolver viewers;
    private final AuditTrail audit;
    private final Validator validator;
    private final Clock clock;
    private final MembershipStore membership;
    private final DeriveMembership derive;

    ManageRegistry(Municipalities municipalities, Contacts contacts, MembershipChanges changes, ViewerResolver viewers,
            AuditTrail audit, Validator validator, Clock clock, MembershipStore membership, DeriveMembership derive) {
        this.membership = membership;
        this.derive = derive;
        this.municipalities = municipalities;
        this.contacts = contacts;
        this.changes = changes;
        this.viewers = viewers;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Municipality municipality(String id) {
        return municipalities.findById(id).orElseThrow(Problem::notFound);
    }

    @Transactional(readOnly = true)
    public List<MembershipChange> history(String id) {
        municipality(id);
        return changes.findByMunicipalityIdOrderByEffectiveOnDescIdDesc(id);
    }

    /** The contacts of a municipality, for the secretariat and its own focal point only. */
    @Transactional
    public List<Contact> contacts(String id) {
        municipality(id);
        allowed(viewers.current().maySeePersonalDataOf(id));
        audit.record("contacts.read", id);
        return contacts.findByMunicipalityIdOrderByKindAscFullNameAsc(id);
    }

    @Transactional
    public Contact contact(String id, String contactId) {
        municipality(id);
        allowed(viewers.current().maySeePersonalDataOf(id));
        audit.record("contacts.read", id + "/" + contactId);
        return contacts.findByIdAndMunicipalityId(contactId, id).orElseThrow(Problem::notFound);
    }

    @Transactional
    public Municipality edit(String id, MunicipalityForm form) {
        Municipality m = municipality(id);
        allowed(viewers.current().mayEdit(id));
        Checks.validate(validator, form);
        m.rename(m.nameEl(), m.nameEn(), form.officialNameEl().trim(), form.officialNameEn().trim(),
                form.mayorTitleEl().trim(), form.mayorTitleEn().trim());
        m.website(form.website() == null || form.website().isBlank() ? null : form.website().trim());
        audit.record("municipality.edit", id);
        return m;
    }

    @Transactional
    public Contact addContact(String id, ContactForm form) {
        municipality(id);
        allowed(viewers.current().mayEdit(id));
        Contact contact = new Contact(id);
        apply(contact, form);
        audit.record("contacts.add", id + "/" + contact.id());
        return contacts.save(contact);
    }

    @Transactional
    public Contact updateContact(String id, String contactId, ContactForm form) {
        municipality(id);
        allowed(viewers.current().mayEdit(id));
        Contact contact = contacts.findByIdAndMunicipalityId(contactId, id).orElseThrow(Problem::notFound);
        apply(contact, form);
        audit.record("contacts.edit", id + "/" + contactId);
        return contact;
    }

    @Transactional
    public void removeContact(String id, String contactId) {
        municipality(id);
        allowed(viewers.current().mayEdit(id));
        Contact contact = contacts.findByIdAndMunicipalityId(contactId, id).orElseThrow(Problem::notFound);
        contacts.delete(contact);
        audit.record("contacts.remove", id + "/" + contactId);
    }

    /**
     * An override of the derived status with the date it takes effect, its reason and its last
     * day (at most three years ahead; by default the end of next year); the secretariat only,
     * audited. The status is then derived again ({@link DeriveMembership}), which writes the change.
     */
    @Transactional
    public MembershipChange changeMembership(String id, MembershipForm form) {
        Municipality m = municipality(id);
        Viewer viewer = viewers.current();
        allowed(viewer.secretariat());
        Checks.validate(validator, form);
        LocalDate today = derive.today();
        LocalDate until = form.until() != null ? form.until() : LocalDate.of(today.getYear() + 1, 12, 31);
        if (until.isBefore(today) || until.isAfter(today.plusYears(3))) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("until",
                    until.isBefore(today) ? "network.membership.until.past" : "network.membership.until.tooFar")));
        }
        if (form.status() == m.status()) {
            throw new Problem(HttpStatus.CONFLICT, "network.membership.unchanged");
        }
        membership.override(id, form.status(), form.reason().trim(), until, viewer.email());
        audit.record("membership.override", id);
        DeriveMembership.Outcome outcome = derive.apply(id, new DeriveMembership.Cause(form.reason().trim(), null,
                viewer.email(), form.effectiveOn()));
        if (outcome.change() == null) {
            throw new Problem(HttpStatus.CONFLICT, "network.membership.unchanged");
        }
        return outcome.change();
    }

    private void apply(Contact contact, ContactForm form) {
        Checks.validate(validator, form);
        ContactForm f = form.trimmed();
        contact.update(f.kind(), f.fullName(), blankToNull(f.position()), f.gender(), blankToNull(f.email()),
                blankToNull(f.phone()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void allowed(boolean allowed) {
        if (!allowed) {
            throw viewers.current().signedIn() ? Problem.forbidden() : Problem.unauthorized();
        }
    }
}
