package org.diktyo.invitations;

import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Component;

/** Campaigns, invitations and check-in are the secretariat's alone. */
@Component
public class CampaignAccess {

    private final ViewerResolver viewers;

    CampaignAccess(ViewerResolver viewers) {
        this.viewers = viewers;
    }

    /** The acting secretariat member's email; refuses everyone else. */
    public String secretariat() {
        Viewer viewer = viewers.current();
        if (!viewer.secretariat()) {
            throw viewer.signedIn() ? Problem.forbidden() : Problem.unauthorized();
        }
        return viewer.email();
    }
}
