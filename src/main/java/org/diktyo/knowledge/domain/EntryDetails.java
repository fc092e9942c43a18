package org.diktyo.knowledge.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.diktyo.language.Bilingual;

/**
 * What an entry says beyond its texts: how it was funded (source from a controlled list, programme,
 * amount in euros), its results as indicators (value, unit, year), lessons and transferability in
 * both languages, a contact by role (a named person only for signed-in readers), the partner
 * municipalities and supporting organisations beside the owner, and the memorandum's axes it serves.
 */
public record EntryDetails(List<Funding> funding, List<Indicator> results, String lessonsEl, String lessonsEn,
        String transferabilityEl, String transferabilityEn, Contact contact, List<String> partners,
        List<String> organisations, List<String> axes) {

    public static final EntryDetails NONE = new EntryDetails(null, null, null, null, null, null, null, null, null, null);

    public EntryDetails {
        funding = funding == null ? List.of() : List.copyOf(funding);
        results = results == null ? List.of() : List.copyOf(results);
        lessonsEl = strip(lessonsEl);
        lessonsEn = strip(lessonsEn);
        transferabilityEl = strip(transferabilityEl);
        transferabilityEn = strip(transferabilityEn);
        contact = contact == null ? Contact.NONE : contact;
        partners = partners == null ? List.of() : partners.stream().distinct().toList();
        organisations = organisations == null ? List.of() : organisations.stream().distinct().toList();
        axes = axes == null ? List.of() : axes.stream().distinct().toList();
    }

    /** A source of money, the programme it came through (free text) and the amount in euros (not negative). */
    public record Funding(FundingSource source, String programme, BigDecimal amount) {

        public Funding {
            programme = strip(programme);
        }
    }

    /** A result: what was counted (in both languages), how much, in what unit, in which year. */
    public record Indicator(String indicatorEl, String indicatorEn, BigDecimal value, String unit, Integer year) {

        public Indicator {
            indicatorEl = strip(indicatorEl);
            indicatorEn = strip(indicatorEn);
            unit = strip(unit);
        }

        public Bilingual indicator() {
            return Bilingual.of(indicatorEl, indicatorEn);
        }
    }

    /** Whom to ask: a role and service always; a named person only for signed-in readers. */
    public record Contact(String role, String service, String email, String phone, String person) {

        public static final Contact NONE = new Contact("", "", "", "", "");

        public Contact {
            role = strip(role);
            service = strip(service);
            email = strip(email);
            phone = strip(phone);
            person = strip(person);
        }

        public boolean empty() {
            return role.isEmpty() && service.isEmpty() && email.isEmpty() && phone.isEmpty() && person.isEmpty();
        }
    }

    /** The amounts given, added up (null when none is given). */
    public BigDecimal fundingTotal() {
        return funding.stream().map(Funding::amount).filter(a -> a != null).reduce(BigDecimal::add).orElse(null);
    }

    public Bilingual lessons() {
        return Bilingual.of(lessonsEl, lessonsEn);
    }

    public Bilingual transferability() {
        return Bilingual.of(transferabilityEl, transferabilityEn);
    }

    /** The same details with the contact's name left out: what the public reads. */
    public EntryDetails withoutPerson() {
        Contact c = new Contact(contact.role(), contact.service(), contact.email(), contact.phone(), "");
        return new EntryDetails(funding, results, lessonsEl, lessonsEn, transferabilityEl, transferabilityEn, c, partners,
                organisations, axes);
    }

    /** The searchable text of one language: lessons, transferability, the indicators and programmes (no person's name). */
    public String searchable(boolean english) {
        List<String> parts = new ArrayList<>();
        parts.add(english ? lessonsEn : lessonsEl);
        parts.add(english ? transferabilityEn : transferabilityEl);
        results.forEach(r -> parts.add((english ? r.indicatorEn() : r.indicatorEl()) + " " + r.unit()));
        funding.forEach(f -> parts.add(f.programme()));
        parts.add(contact.role() + " " + contact.service());
        return String.join("\n", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
