package org.diktyo.positions.domain;

import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;

/** Who may do what with a position: the secretariat runs it; a focal point signs for its own municipality. */
final class Who {

    private Who() {
    }

    static void secretariat(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!viewer.secretariat()) {
            throw Problem.forbidden();
        }
    }

    /**
     * Signing, reconfirming or withdrawing for {@code municipality}: the secretariat on its behalf
     * or its own focal point; a partner never (403); another municipality's focal point is told
     * there is no such signature (404).
     */
    static void signsFor(Viewer viewer, String municipality) {
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (viewer.partner()) {
            throw new Problem(org.springframework.http.HttpStatus.FORBIDDEN, "positions.sign.partner");
        }
        if (!viewer.secretariat() && !viewer.focalPointOf(municipality)) {
            throw Problem.notFound();
        }
    }

    /** Drafts and the signature tracker: anyone signed in (the secretariat, partners, focal points). */
    static boolean readsDrafts(Viewer viewer) {
        return viewer.signedIn();
    }
}
