package org.diktyo.positions.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diktyo.network.Addressees;
import org.diktyo.network.MembershipStatus;
import org.diktyo.network.Registry;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Which municipalities may amend and sign a position, from their membership status in the registry. */
@Component
class Eligibility {

    private final Addressees addressees;
    private final Registry registry;

    Eligibility(Addressees addressees, Registry registry) {
        this.addressees = addressees;
        this.registry = registry;
    }

    /** The members (and the candidates, when open to them), sorted by Greek name, with their mayors and focal points. */
    List<Addressees.Addressee> signers(OpenTo openTo) {
        return addressees.members(openTo == OpenTo.MEMBERS_AND_CANDIDATES);
    }

    Set<String> municipalities(OpenTo openTo) {
        Set<String> ids = new LinkedHashSet<>();
        signers(openTo).forEach(a -> ids.add(a.municipalityId()));
        return ids;
    }

    /** Half the members, rounded up: 9 of 18. */
    int half() {
        return (addressees.find(MembershipStatus.MEMBER, null).size() + 1) / 2;
    }

    /** A 403 naming the reason when the municipality may not sign: a prospect, a former member, a candidate where only members sign. */
    void require(Position p, String municipalityId) {
        MembershipStatus status = registry.names(municipalityId).map(Registry.MunicipalityNames::status)
                .orElseThrow(Problem::notFound);
        boolean eligible = status == MembershipStatus.MEMBER
                || status == MembershipStatus.CANDIDATE && p.openTo() == OpenTo.MEMBERS_AND_CANDIDATES;
        if (!eligible) {
            throw new Problem(HttpStatus.FORBIDDEN, "positions.sign.notEligible." + status.name());
        }
    }
}
