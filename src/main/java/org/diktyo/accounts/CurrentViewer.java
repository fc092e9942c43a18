package org.diktyo.accounts;

import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The viewer of the current request, from the security context (or the one the platform acts as, {@link org.diktyo.platform.ActingAs}). */
@Component
class CurrentViewer implements ViewerResolver {

    @Override
    public Viewer current() {
        java.util.Optional<Viewer> acting = org.diktyo.platform.ActingAs.current();
        if (acting.isPresent()) {
            return acting.get();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user) {
            return user.viewer();
        }
        return Viewer.PUBLIC;
    }
}
