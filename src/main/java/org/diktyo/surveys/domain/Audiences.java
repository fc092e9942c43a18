package org.diktyo.surveys.domain;

import java.util.ArrayList;
import java.util.List;

import org.diktyo.network.Addressees;
import org.diktyo.network.MembershipStatus;
import org.diktyo.network.Registry;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Which municipalities a survey asks, from their membership status in the registry today. */
@Component
class Audiences {

    private final Addressees addressees;
    private final Registry registry;

    Audiences(Addressees addressees, Registry registry) {
        this.addressees = addressees;
        this.registry = registry;
    }

    /** The members (and the candidates when asked), sorted by Greek name, with their mayors and focal points. */
    List<Addressees.Addressee> of(Audience audience) {
        return addressees.members(audience == Audience.MEMBERS_AND_CANDIDATES);
    }

    boolean includes(Audience audience, String municipalityId) {
        MembershipStatus status = registry.names(municipalityId).map(Registry.MunicipalityNames::status).orElse(null);
        return status == MembershipStatus.MEMBER
                || status == MembershipStatus.CANDIDATE && audience == Audience.MEMBERS_AND_CANDIDATES;
    }

    /** A 403 when the survey does not ask the municipality (a 404 when there is no such municipality). */
    void require(Audience audience, String municipalityId) {
        if (!registry.exists(municipalityId)) {
            throw Problem.notFound();
        }
        if (!includes(audience, municipalityId)) {
            throw new Problem(HttpStatus.FORBIDDEN, "surveys.answer.notAsked");
        }
    }
}
