package org.diktyo.platform;

/**
 * Who is looking at a page or calling the API, as far as authorisation needs to know.
 *
 * @param email the signed-in user's email, or {@code null} for the public
 * @param displayName the name shown in the header
 * @param role {@code SECRETARIAT}, {@code PARTNER}, {@code FOCAL_POINT} or {@code PUBLIC}
 * @param municipalityId the municipality a focal point is bound to, else {@code null}
 */
public record Viewer(String email, String displayName, String role, String municipalityId) {

    public static final Viewer PUBLIC = new Viewer(null, null, "PUBLIC", null);

    public boolean signedIn() {
        return email != null;
    }

    public boolean secretariat() {
        return "SECRETARIAT".equals(role);
    }

    public boolean partner() {
        return "PARTNER".equals(role);
    }

    /** Staff of the network: the secretariat and the partners see the whole registry. */
    public boolean staff() {
        return secretariat() || partner();
    }

    public boolean focalPointOf(String municipality) {
        return "FOCAL_POINT".equals(role) && municipality != null && municipality.equals(municipalityId);
    }

    /** Personal data of a municipality's officials: the secretariat and its own focal point. */
    public boolean maySeePersonalDataOf(String municipality) {
        return secretariat() || focalPointOf(municipality);
    }

    /** Editing a municipality's profile and contacts: the secretariat and its own focal point. */
    public boolean mayEdit(String municipality) {
        return secretariat() || focalPointOf(municipality);
    }
}
