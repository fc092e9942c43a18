package org.diktyo.network;

import java.util.Optional;

import org.diktyo.language.Bilingual;
import org.diktyo.network.domain.Municipalities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network module's API for other modules: which municipalities exist and what they are called. */
@Service
public class Registry {

    /** A municipality's names, as other modules need them (letters, lists). */
    public record MunicipalityNames(String id, String officialNameEl, String officialNameEn, String mayorTitleEl,
            String mayorTitleEn, MembershipStatus status) {

        public Bilingual officialName() {
            return Bilingual.of(officialNameEl, officialNameEn);
        }

        public Bilingual mayorTitle() {
            return Bilingual.of(mayorTitleEl, mayorTitleEn);
        }
    }

    /** An organisation that supports the network, as a letterhead names it. */
    public record PartnerNames(String id, String shortEl, String shortEn, String nameEl, String nameEn) {

        public Bilingual name() {
            return Bilingual.of(nameEl, nameEn);
        }

        /** As a letterhead names it: {@code Διεθνής Οργανισμός Μετανάστευσης (IOM)}, the short name once. */
        public String letterheadName(java.util.Locale locale) {
            String name = name().in(locale);
            return name.contains(shortEn) ? name : name + " (" + shortEn + ")";
        }
    }

    private final Municipalities municipalities;
    private final org.diktyo.network.domain.Partners partners;

    Registry(Municipalities municipalities, org.diktyo.network.domain.Partners partners) {
        this.municipalities = municipalities;
        this.partners = partners;
    }

    /** The network's partners in their order (IOM, UNHCR). */
    @Transactional(readOnly = true)
    public java.util.List<PartnerNames> partners() {
        return partners.findAll(org.springframework.data.domain.Sort.by("sortNo")).stream()
                .map(p -> new PartnerNames(p.id(), p.shortEl(), p.shortEn(), p.nameEl(), p.nameEn())).toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return id != null && municipalities.existsById(id);
    }

    @Transactional(readOnly = true)
    public Optional<MunicipalityNames> names(String id) {
        return id == null ? Optional.empty() : municipalities.findById(id).map(m -> new MunicipalityNames(m.id(),
                m.officialNameEl(), m.officialNameEn(), m.mayorTitleEl(), m.mayorTitleEn(), m.status()));
    }
}
