package org.diktyo.drafting.domain;

import org.diktyo.drafting.Amendment;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;

/** Who may act for a municipality in a text: the secretariat on its behalf, or its own focal point. */
final class Acting {

    private Acting() {
    }

    static void secretariat(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!viewer.secretariat()) {
            throw Problem.forbidden();
        }
    }

    static void forMunicipality(Viewer viewer, String municipality) {
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!viewer.secretariat() && !viewer.focalPointOf(municipality)) {
            throw Problem.forbidden();
        }
    }

    /** On an existing amendment: another municipality's focal point is told it does not exist. */
    static void onAmendment(Viewer viewer, Amendment amendment) {
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (viewer.secretariat() || viewer.focalPointOf(amendment.municipalityId())) {
            return;
        }
        throw viewer.municipalityId() != null ? Problem.notFound() : Problem.forbidden();
    }
}
