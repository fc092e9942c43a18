package org.diktyo.network.web;

import java.util.List;

import org.diktyo.network.domain.NetworkBodies;
import org.diktyo.network.domain.Partners;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/partners} and {@code /api/v1/bodies}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "network", description = "The network's partners and bodies")
class NetworkApi {

    private final Partners partners;
    private final NetworkBodies bodies;

    NetworkApi(Partners partners, NetworkBodies bodies) {
        this.partners = partners;
        this.bodies = bodies;
    }

    record PartnerJson(String id, String shortEl, String shortEn, String nameEl, String nameEn, String website) {
    }

    record BodyJson(String id, String nameEl, String nameEn, String descriptionEl, String descriptionEn) {
    }

    @GetMapping("/partners")
    @Transactional(readOnly = true)
    List<PartnerJson> partners() {
        return partners.findAllByOrderBySortNo().stream()
                .map(p -> new PartnerJson(p.id(), p.shortEl(), p.shortEn(), p.nameEl(), p.nameEn(), p.website()))
                .toList();
    }

    @GetMapping("/bodies")
    @Transactional(readOnly = true)
    List<BodyJson> bodies() {
        return bodies.findAllByOrderBySortNo().stream()
                .map(b -> new BodyJson(b.id(), b.nameEl(), b.nameEn(), b.descriptionEl(), b.descriptionEn()))
                .toList();
    }
}
