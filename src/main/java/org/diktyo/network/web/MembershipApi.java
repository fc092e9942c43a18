package org.diktyo.network.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.diktyo.network.Membership;
import org.diktyo.network.MembershipStanding;
import org.diktyo.network.MembershipStatus;
import org.diktyo.network.domain.ManageRegistry;
import org.diktyo.network.domain.MembershipStore;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/municipalities/{id}/standing}: the derived status and the rule that gives it
 * (anyone); its override and evidence for the secretariat, the partners and the municipality's
 * own focal point.
 */
@RestController
@Tag(name = "municipalities")
class MembershipApi {

    private final Membership membership;
    private final MembershipStore store;
    private final ManageRegistry registry;
    private final ViewerResolver viewers;
    private final MessageSource messages;

    MembershipApi(Membership membership, MembershipStore store, ManageRegistry registry, ViewerResolver viewers,
            MessageSource messages) {
        this.membership = membership;
        this.store = store;
        this.registry = registry;
        this.viewers = viewers;
        this.messages = messages;
    }

    record EvidenceJson(String kind, int versionNumber, LocalDate signedOn, Instant verifiedAt, String evidenceUrl,
            String reason, Instant recordedAt) {
    }

    /** {@code override*} and {@code evidence} are null for those who may see the status only. */
    record StandingJson(String municipalityId, MembershipStatus status, String rule, String ruleText, String flag,
            MembershipStatus overrideStatus, String overrideReason, LocalDate overrideUntil, List<EvidenceJson> evidence) {
    }

    @GetMapping("/api/v1/municipalities/{id}/standing")
    @Operation(summary = "The derived membership status, with its rule; override and evidence for staff and the own focal point")
    StandingJson standing(@PathVariable String id) {
        registry.municipality(id);
        MembershipStanding s = membership.status(id);
        Viewer v = viewers.current();
        String text = messages.getMessage(s.ruleKey(), null, s.rule(), LocaleContextHolder.getLocale());
        if (!v.staff() && !v.focalPointOf(id)) {
            return new StandingJson(id, s.status(), s.rule(), text, s.flag(), null, null, null, null);
        }
        List<EvidenceJson> evidence = store.evidence(id).stream().map(e -> new EvidenceJson(e.kind(), e.version(),
                e.signedOn(), e.verifiedAt(), e.evidenceUrl(), e.reason(), e.recordedAt())).toList();
        return new StandingJson(id, s.status(), s.rule(), text, s.flag(), s.overrideStatus(), s.overrideReason(),
                s.overrideUntil(), evidence);
    }
}
