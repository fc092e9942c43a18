package org.diktyo.network;

import java.util.Optional;

import org.diktyo.network.domain.Municipalities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network module's API for other modules: which municipalities exist and what they are called. */
@Service
public class Registry {

    /** A municipality's names, as other modules need them (letters, lists). */
    public record MunicipalityNames(String id, String officialNameEl, String officialNameEn, String mayorTitleEl,
            String mayorTitleEn, MembershipStatus status) {
    }

    private final Municipalities municipalities;

    Registry(Municipalities municipalities) {
        this.municipalities = municipalities;
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
