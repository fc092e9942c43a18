package org.diktyo.memorandum.domain;

import java.util.Optional;

import org.diktyo.links.PersonalLinks;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A focal point's view of the memorandum for its own municipality: the version in force, the
 * version to adopt (the latest whose text is fixed: frozen, adopted or in force), the
 * municipality's adoption of it and the next step; and a personal link to the adoption form, the
 * same page the mayor's mailed link opens (a link added to those mailed, none revoked).
 */
@Service
public class ReadOwnAdoption {

    /** What a member sees: {@code toAdopt} null when no version can be adopted; {@code adoption} null when nothing is recorded. */
    public record Own(String municipalityId, MemorandumVersion inForce, MemorandumVersion toAdopt, Adoption adoption) {

        /** The state of the adoption, {@code NONE} when nothing is recorded. */
        public String state() {
            return adoption == null ? "NONE" : adoption.state().name();
        }

        /** The next step: DECISION, SIGNED_COPY, WAIT (the secretariat verifies), DONE, CORRECT, REVOKED or NOTHING. */
        public String next() {
            if (toAdopt == null) {
                return "NOTHING";
            }
            return switch (state()) {
                case "NONE", "PENDING" -> "DECISION";
                case "DECISION_RECORDED" -> "SIGNED_COPY";
                case "SIGNED" -> "WAIT";
                case "VERIFIED" -> "DONE";
                case "REJECTED_EVIDENCE" -> "CORRECT";
                default -> "REVOKED";
            };
        }

        /** The adoption form can still be used. */
        public boolean formOpen() {
            return toAdopt != null && (adoption == null || adoption.state().editable());
        }
    }

    private final VersionStore versions;
    private final AdoptionStore adoptions;
    private final PersonalLinks links;
    private final ViewerResolver viewers;

    ReadOwnAdoption(VersionStore versions, AdoptionStore adoptions, PersonalLinks links, ViewerResolver viewers) {
        this.versions = versions;
        this.adoptions = adoptions;
        this.links = links;
        this.viewers = viewers;
    }

    /** For a viewer who is no municipality's focal point (the secretariat), the version in force alone. */
    @Transactional(readOnly = true)
    public Own own() {
        String municipality = municipality();
        var all = versions.all();
        if (municipality == null) {
            return new Own(null, all.stream().filter(v -> v.state() == VersionState.IN_FORCE).findFirst().orElse(null),
                    null, null);
        }
        MemorandumVersion inForce = all.stream().filter(v -> v.state() == VersionState.IN_FORCE).findFirst().orElse(null);
        MemorandumVersion toAdopt = all.stream().filter(v -> v.state() == VersionState.FROZEN
                || v.state() == VersionState.ADOPTED || v.state() == VersionState.IN_FORCE).findFirst().orElse(null);
        Adoption adoption = toAdopt == null ? null : adoptions.find(toAdopt.number(), municipality).orElse(null);
        return new Own(municipality, inForce, toAdopt, adoption);
    }

    /** A new personal link to the adoption form of the version to adopt, for the viewer's municipality. */
    @Transactional
    public String formLink() {
        Own own = own();
        if (own.municipalityId() == null) {
            throw Problem.forbidden();
        }
        if (!own.formOpen()) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.own.formClosed");
        }
        return links.issue(RequestAdoptions.PURPOSE, RequestAdoptions.subject(own.toAdopt().number(), own.municipalityId()));
    }

    private String municipality() {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        return Optional.ofNullable(viewer.municipalityId()).filter(viewer::focalPointOf).orElse(null);
    }
}
