package org.diktyo.surveys.domain;

import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.springframework.http.HttpStatus;

/** Who may do what with a survey: the secretariat runs it; a focal point answers for its own municipality. */
final class Who {

    private Who() {
    }

    static void signedIn(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
    }

    static void secretariat(Viewer viewer) {
        signedIn(viewer);
        if (!viewer.secretariat()) {
            throw Problem.forbidden();
        }
    }

    static void staff(Viewer viewer) {
        signedIn(viewer);
        if (!viewer.staff()) {
            throw Problem.forbidden();
        }
    }

    /**
     * Reading or giving the response of {@code municipality}: the secretariat (on its behalf) or its
     * own focal point; a partner reads but never answers (403); another municipality's focal point
     * is told there is no such response (404).
     */
    static void answersFor(Viewer viewer, String municipality, boolean writing) {
        signedIn(viewer);
        if (viewer.partner()) {
            if (writing) {
                throw new Problem(HttpStatus.FORBIDDEN, "surveys.answer.partner");
            }
            return;
        }
        if (!viewer.secretariat() && !viewer.focalPointOf(municipality)) {
            throw Problem.notFound();
        }
    }
}
