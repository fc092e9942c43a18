package org.diktyo.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.diktyo.language.Bilingual;
import org.diktyo.language.GreekText;
import org.diktyo.network.domain.Contact;
import org.diktyo.network.domain.Contacts;
import org.diktyo.network.domain.Municipalities;
import org.diktyo.network.domain.Municipality;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network module's API for those who write to municipalities (invitations): which
 * municipalities an audience holds, and to whom a letter is addressed — the mayor, with the
 * integration focal point in copy.
 */
@Service
public class Addressees {

    /** A municipality as an addressee: its names and the officials a letter goes to (either may be null). */
    public record Addressee(String municipalityId, String nameEl, String nameEn, String officialNameEl,
            String officialNameEn, String regionId, MembershipStatus status, Official mayor, Official focalPoint) {

        /** {@code officialNameEl} and {@code officialNameEn} together. */
        public Bilingual officialName() {
            return Bilingual.of(officialNameEl(), officialNameEn());
        }

        /** {@code nameEl} and {@code nameEn} together. */
        public Bilingual name() {
            return Bilingual.of(nameEl(), nameEn());
        }
    }

    /** An official: name, position, email, and gender for the salutation ({@code FEMALE}, {@code MALE}, {@code UNSPECIFIED}). */
    public record Official(String fullName, String position, String email, String phone, String gender) {
    }

    /** A region of the country, to choose an audience by. */
    public record RegionName(String id, String nameEl, String nameEn) {

        /** {@code nameEl} and {@code nameEn} together. */
        public Bilingual name() {
            return Bilingual.of(nameEl(), nameEn());
        }
    }

    private final Municipalities municipalities;
    private final Contacts contacts;
    private final org.diktyo.network.domain.Regions regions;

    Addressees(Municipalities municipalities, Contacts contacts, org.diktyo.network.domain.Regions regions) {
        this.municipalities = municipalities;
        this.contacts = contacts;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public List<RegionName> regions() {
        return regions.findAll().stream().sorted(Comparator.comparingInt(org.diktyo.network.domain.Region::sortNo))
                .map(r -> new RegionName(r.id(), r.nameEl(), r.nameEn())).toList();
    }

    /** Every municipality's id and names (no contacts), sorted by Greek name: to pick from. */
    @Transactional(readOnly = true)
    public List<Addressee> all() {
        return municipalities.findAll().stream()
                .sorted(Comparator.comparing(Municipality::nameEl, GreekText.collator(java.util.Locale.forLanguageTag("el"))))
                .map(m -> new Addressee(m.id(), m.nameEl(), m.nameEn(), m.officialNameEl(), m.officialNameEn(),
                        m.regionId(), m.status(), null, null)).toList();
    }

    /** Municipalities of a status (null: any) and region (null: any), sorted by Greek name. */
    @Transactional(readOnly = true)
    public List<Addressee> find(MembershipStatus status, String regionId) {
        return municipalities.search(status, regionId, null).stream()
                .sorted(Comparator.comparing(Municipality::nameEl, GreekText.collator(java.util.Locale.forLanguageTag("el"))))
                .map(this::addressee).toList();
    }

    /** The members, then the candidates when {@code andCandidates}: who a survey asks or a position is open to. */
    @Transactional(readOnly = true)
    public List<Addressee> members(boolean andCandidates) {
        List<Addressee> all = new java.util.ArrayList<>(find(MembershipStatus.MEMBER, null));
        if (andCandidates) {
            all.addAll(find(MembershipStatus.CANDIDATE, null));
        }
        return all;
    }

    @Transactional(readOnly = true)
    public Optional<Addressee> one(String municipalityId) {
        return municipalityId == null ? Optional.empty() : municipalities.findById(municipalityId).map(this::addressee);
    }

    private Addressee addressee(Municipality m) {
        List<Contact> people = contacts.findByMunicipalityIdOrderByKindAscFullNameAsc(m.id());
        return new Addressee(m.id(), m.nameEl(), m.nameEn(), m.officialNameEl(), m.officialNameEn(), m.regionId(),
                m.status(), official(people, Contact.Kind.MAYOR), official(people, Contact.Kind.FOCAL_POINT));
    }

    private static Official official(List<Contact> people, Contact.Kind kind) {
        return people.stream().filter(c -> c.kind() == kind).findFirst().map(c -> new Official(c.fullName(),
                c.position(), c.email(), c.phone(), c.gender() == null ? "UNSPECIFIED" : c.gender().name())).orElse(null);
    }
}
