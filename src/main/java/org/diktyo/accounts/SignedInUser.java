package org.diktyo.accounts;

import java.util.Collection;
import java.util.List;

import org.diktyo.platform.Viewer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in session or of an API token. */
record SignedInUser(String id, String email, String displayName, String passwordHash, Role role,
        String municipalityId, boolean enabled) implements UserDetails {

    static SignedInUser of(Account account) {
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.passwordHash(),
                account.role(), account.municipalityId(), account.enabled());
    }

    Viewer viewer() {
        return new Viewer(email, displayName, role.name(), municipalityId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
