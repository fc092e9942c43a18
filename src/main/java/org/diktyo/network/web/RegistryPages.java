package org.diktyo.network.web;

import java.util.Locale;

import org.diktyo.network.MembershipStatus;
import org.diktyo.network.domain.Geography;
import org.diktyo.network.domain.RegistryQuery;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry of all municipalities for signed-in users: search, filters, Greek order. */
@Controller
class RegistryPages {

    static final String REGISTRY = "network/registry";
    static final int PAGE_SIZE = 50;

    private final RegistryQuery query;
    private final Geography geography;
    private final Names.Factory names;
    private final ViewerResolver viewers;

    RegistryPages(Names.Factory names, RegistryQuery query, Geography geography, ViewerResolver viewers) {
        this.query = query;
        this.geography = geography;
        this.names = names;
        this.viewers = viewers;
    }

    @GetMapping("/admin/registry")
    String registry(@RequestParam(required = false) String q, @RequestParam(required = false) MembershipStatus status,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "NAME") RegistryQuery.Sort sort,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        String knownRegion = region != null && geography.knownRegion(region) ? region : null;
        RegistryQuery.Page result = query.find(status, knownRegion, q, sort, locale, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("view", new RegistryView(result, q == null ? "" : q, status, knownRegion, sort,
                geography.regions(), names.in(locale), viewers.current().staff()));
        return REGISTRY;
    }
}
