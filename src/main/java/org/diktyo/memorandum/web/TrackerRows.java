package org.diktyo.memorandum.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.language.Athens;
import org.diktyo.language.DatePhrases;
import org.diktyo.memorandum.domain.Adoption;
import org.diktyo.memorandum.domain.AdoptionState;
import org.diktyo.memorandum.domain.MemorandumVersion;
import org.diktyo.memorandum.domain.ReadAdoptions;
import org.diktyo.network.Addressees;
import org.diktyo.network.MembershipStatus;
import org.diktyo.network.Registry;
import org.springframework.stereotype.Component;

/**
 * The rows of a version's adoption tracker, as the page shows them and the export lists them:
 * every member, then every other municipality that recorded something; late after the deadline
 * until verified. What each row holds is what the viewer may read ({@link ReadAdoptions#of}).
 */
@Component
class TrackerRows {

    private final ReadAdoptions adoptions;
    private final Addressees addressees;
    private final Registry registry;

    TrackerRows(ReadAdoptions adoptions, Addressees addressees, Registry registry) {
        this.adoptions = adoptions;
        this.addressees = addressees;
        this.registry = registry;
    }

    List<MemorandumViews.TrackerRow> of(MemorandumVersion v, Locale locale) {
        Map<String, Adoption> byMunicipality = new LinkedHashMap<>();
        adoptions.of(v.number()).forEach(a -> byMunicipality.put(a.municipalityId(), a));
        List<MemorandumViews.TrackerRow> rows = new ArrayList<>();
        LocalDate today = LocalDate.now(Athens.ZONE);
        boolean late = v.readoptionDeadline() != null && today.isAfter(v.readoptionDeadline());
        for (Addressees.Addressee member : addressees.find(MembershipStatus.MEMBER, null)) {
            Adoption a = byMunicipality.remove(member.municipalityId());
            rows.add(row(member.municipalityId(), member.officialName().in(locale), a, late, locale));
        }
        byMunicipality.values().forEach(a -> rows.add(row(a.municipalityId(), registry.names(a.municipalityId())
                .map(n -> n.officialName().in(locale)).orElse(a.municipalityId()), a, late, locale)));
        return rows;
    }

    private MemorandumViews.TrackerRow row(String id, String name, Adoption a, boolean late, Locale locale) {
        AdoptionState state = a == null ? null : a.state();
        return new MemorandumViews.TrackerRow(id, name, state == null ? "NONE" : state.name(),
                a == null ? null : a.decisionNumber(),
                a == null || a.decisionDate() == null ? null : DatePhrases.plain(a.decisionDate(), locale),
                a != null && a.signedCopyId() != null, a == null ? null : a.refusalReason(),
                late && state != AdoptionState.VERIFIED, a == null ? null : adoptions.signature(a).orElse(null));
    }
}
