package org.diktyo.invitations;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.diktyo.links.Link;
import org.diktyo.links.Linked;
import org.diktyo.links.PersonalLinks;
import org.diktyo.links.SubjectTable;
import org.diktyo.platform.BaseUrl;
import org.springframework.stereotype.Component;

/**
 * An invitation's personal reply links {@code /r/{token}}, kept by the links module
 * ({@link PersonalLinks}, purpose {@code invitation}). An invitation may have several live
 * links (the invitation's, a reminder's); revoking revokes them all. Links are built from the
 * configured base URL, never from a request.
 */
@Component
public class Links {

    static final String PURPOSE = "invitation";

    /** An invitation link's subject: the invitation's row, read with the link in one statement. */
    private static final SubjectTable<InvitationRow> INVITATION = new SubjectTable<>("invitation", "id", InvitationStore::row);

    private final PersonalLinks links;
    private final BaseUrl baseUrl;

    Links(PersonalLinks links, BaseUrl baseUrl) {
        this.links = links;
        this.baseUrl = baseUrl;
    }

    /** A new link for the invitation; the token is returned once and kept only as its hash. */
    public String issue(String invitationId) {
        return links.issue(PURPOSE, invitationId);
    }

    /** A token not yet stored: the sender writes the mail (the letter prints the link) before {@link #issue(String, String)}. */
    public String fresh() {
        return links.fresh();
    }

    /** Stores the hash of a {@link #fresh} token as the invitation's new link. */
    public String issue(String invitationId, String token) {
        return links.issue(PURPOSE, invitationId, token);
    }

    /** The link of {@code token}, revoked or not. */
    public Optional<Link> find(String token) {
        return links.find(PURPOSE, token);
    }

    /**
     * The link of {@code token}, revoked or not, with its invitation (null if there is no such
     * invitation), in one statement: the reply path's one read of a link (ADR 0019, addendum).
     */
    public Optional<Linked<InvitationRow>> findWithInvitation(String token) {
        return links.find(PURPOSE, token, INVITATION);
    }

    /** Revokes every link of the invitation; returns how many. */
    public int revoke(String invitationId) {
        return links.revoke(PURPOSE, invitationId);
    }

    public boolean anyLive(String invitationId) {
        return links.anyLive(PURPOSE, invitationId);
    }

    /** Those of the invitations that have a live link. */
    public Set<String> live(Collection<String> invitationIds) {
        return links.live(PURPOSE, invitationIds);
    }

    public String url(String token) {
        return baseUrl.get() + "/r/" + token;
    }

    public String checkInUrl(String code) {
        return baseUrl.get() + "/admin/check-in/" + code;
    }

    public String base() {
        return baseUrl.get();
    }
}
