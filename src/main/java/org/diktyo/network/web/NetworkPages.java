package org.diktyo.network.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.diktyo.network.MembershipStatus;
import org.diktyo.network.domain.Geography;
import org.diktyo.network.domain.ManageRegistry;
import org.diktyo.network.domain.Municipalities;
import org.diktyo.network.domain.Municipality;
import org.diktyo.network.domain.NetworkBodies;
import org.diktyo.network.domain.Partners;
import org.diktyo.network.domain.RegistryQuery;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: the network with its members, and a page per municipality. */
@Controller
class NetworkPages {

    static final String HOME = "network/home";
    static final String MUNICIPALITY = "network/municipality";

    private final RegistryQuery query;
    private final ManageRegistry registry;
    private final Municipalities municipalities;
    private final Geography geography;
    private final Names.Factory names;
    private final Partners partners;
    private final NetworkBodies bodies;
    private final ViewerResolver viewers;
    private final org.diktyo.network.Membership membership;

    NetworkPages(org.diktyo.network.Membership membership, Names.Factory names, RegistryQuery query, ManageRegistry registry, Municipalities municipalities, Geography geography,
            Partners partners, NetworkBodies bodies, ViewerResolver viewers) {
        this.membership = membership;
        this.query = query;
        this.registry = registry;
        this.municipalities = municipalities;
        this.geography = geography;
        this.names = names;
        this.partners = partners;
        this.bodies = bodies;
        this.viewers = viewers;
    }

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(@RequestParam(required = false) String region, Model model, Locale locale) {
        List<Municipality> allMembers = query.find(MembershipStatus.MEMBER, null, null, RegistryQuery.Sort.NAME, locale,
                0, RegistryQuery.MAX_SIZE).items();
        String selected = region != null && geography.knownRegion(region) ? region : null;
        List<Municipality> shown = allMembers.stream().filter(m -> selected == null || m.regionId().equals(selected))
                .toList();
        var memberRegions = geography.regions().stream()
                .filter(r -> allMembers.stream().anyMatch(m -> m.regionId().equals(r.id()))).toList();
        long population = allMembers.stream().map(Municipality::population2021).filter(Objects::nonNull)
                .mapToLong(Integer::longValue).sum();
        model.addAttribute("view", new HomeView(shown, memberRegions, selected, allMembers.size(), memberRegions.size(),
                population, municipalities.count(), partners.findAllByOrderBySortNo(), bodies.findAllByOrderBySortNo(),
                names.in(locale)));
        return HOME;
    }

    @GetMapping("/municipalities/{id}")
    @Transactional
    String municipality(@PathVariable String id, Model model, Locale locale) {
        Municipality m = registry.municipality(id);
        var viewer = viewers.current();
        var contacts = viewer.maySeePersonalDataOf(id) ? registry.contacts(id) : null;
        model.addAttribute("view", new MunicipalityView(m, registry.history(id), contacts, viewer.mayEdit(id),
                viewer.secretariat(), names.in(locale), membership.status(id), viewer.staff() || viewer.focalPointOf(id)));
        return MUNICIPALITY;
    }
}
