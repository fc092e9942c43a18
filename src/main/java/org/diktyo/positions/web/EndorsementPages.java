package org.diktyo.positions.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.language.Language;
import org.diktyo.network.Registry;
import org.diktyo.platform.Notices;
import org.diktyo.platform.ViewerResolver;
import org.diktyo.positions.domain.EndorsePosition;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.PositionState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner's endorsement from the position's page of the network ({@code /admin/positions/{id}}):
 * the partner chooses the organisation it endorses for; shown apart from the signatures.
 */
@Controller
class EndorsementPages {

    private final EndorsePosition endorse;
    private final Registry registry;
    private final ViewerResolver viewers;

    EndorsementPages(EndorsePosition endorse, Registry registry, ViewerResolver viewers) {
        this.endorse = endorse;
        this.registry = registry;
        this.viewers = viewers;
    }

    @PostMapping("/admin/positions/{positionId}/endorsements")
    String endorse(@PathVariable String positionId, @RequestParam(defaultValue = "") String partnerId,
            RedirectAttributes redirect) {
        endorse.endorse(positionId, partnerId);
        Notices.confirm(redirect, "positions.notice.endorsed");
        return "redirect:/admin/positions/" + positionId;
    }

    @PostMapping("/admin/positions/{positionId}/endorsements/{partnerId}/withdraw")
    String withdraw(@PathVariable String positionId, @PathVariable String partnerId, RedirectAttributes redirect) {
        endorse.withdraw(positionId, partnerId);
        Notices.confirm(redirect, "positions.notice.endorsementWithdrawn");
        return "redirect:/admin/positions/" + positionId;
    }

    /** The names of the partners that endorsed the position, in the reader's language. */
    List<String> names(String positionId, Locale locale) {
        return endorse.of(positionId).stream().map(e -> e.name().in(locale)).toList();
    }

    /** The partners a partner's account may endorse for, by id: none unless the position allows it and is open. */
    Map<String, String> choices(Position p, Locale locale) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (viewers.current().partner() && p.partnersMayEndorse() && p.state() == PositionState.OPEN_FOR_SIGNATURE) {
            boolean english = Language.english(locale);
            registry.partners().forEach(r -> choices.put(r.id(), english && r.nameEn() != null ? r.nameEn() : r.nameEl()));
        }
        return choices;
    }
}
