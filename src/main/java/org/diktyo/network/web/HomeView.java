package org.diktyo.network.web;

import java.util.List;

import org.diktyo.network.domain.Municipality;
import org.diktyo.network.domain.NetworkBody;
import org.diktyo.network.domain.Partner;
import org.diktyo.network.domain.Region;

/** The network's public home page. */
public record HomeView(List<Municipality> members, List<Region> memberRegions, String region, long memberCount,
        long regionCount, long populationCovered, long municipalityCount, List<Partner> partners,
        List<NetworkBody> bodies, Names names) {
}
