package org.diktyo.positions.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.diktyo.language.Bilingual;
import org.diktyo.language.DatePhrases;
import org.diktyo.network.Addressees;
import org.diktyo.network.Registry;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality signs a position open for signature, confirms its signature again after a
 * correction, or withdraws it until the close: its focal point «με εντολή του Δημάρχου», the
 * mayor by the personal link, or the secretariat on its behalf. The signature keeps the mayor's
 * name and capacity and the hash of the text as they are now. Signing twice changes nothing.
 */
@Service
public class SignPosition {

    static final Locale GREEK = Locale.forLanguageTag("el");

    private final PositionStore positions;
    private final SignatureStore signatures;
    private final Eligibility eligibility;
    private final Addressees addressees;
    private final Registry registry;
    private final ViewerResolver viewers;
    private final Clock clock;

    SignPosition(PositionStore positions, SignatureStore signatures, Eligibility eligibility, Addressees addressees,
            Registry registry, ViewerResolver viewers, Clock clock) {
        this.positions = positions;
        this.signatures = signatures;
        this.eligibility = eligibility;
        this.addressees = addressees;
        this.registry = registry;
        this.viewers = viewers;
        this.clock = clock;
    }

    /**
     * Signs (or confirms again) the text of hash {@code textHash}, the one the signer read: a text
     * changed since is refused, so that nobody signs what they did not read.
     */
    @Transactional
    public CoSignature sign(String positionId, String municipalityId, String textHash) {
        Viewer viewer = viewers.current();
        Who.signsFor(viewer, municipalityId);
        if (!registry.exists(municipalityId)) {
            throw Problem.notFound();
        }
        Checks checks = new Checks();
        String hash = checks.text("textHash", textHash, true, 64);
        checks.done();
        Position p = positions.get(positionId);
        open(p);
        eligibility.require(p, municipalityId);
        if (!hash.equals(p.textHash())) {
            throw new Problem(HttpStatus.CONFLICT, "positions.sign.textChanged");
        }
        Instant now = Instant.now(clock);
        String method = method(viewer);
        CoSignature existing = signatures.find(positionId, municipalityId).orElse(null);
        if (existing != null && existing.counts(hash)) {
            return existing;
        }
        if (existing != null) {
            signatures.update(existing.with(SignatureState.VALID, hash, now, method, viewer.email()));
            signatures.letter(positionId, municipalityId, null); // the earlier letter stays in the history
        } else {
            signatures.insert(signature(positionId, municipalityId, hash, method, viewer.email(), now));
        }
        return signatures.find(positionId, municipalityId).orElseThrow();
    }

    /** A new signature with the municipality's names and its mayor's name and capacity as they are now. */
    CoSignature signature(String positionId, String municipalityId, String hash, String method, String by, Instant at) {
        Addressees.Addressee m = addressees.one(municipalityId).orElseThrow(Problem::notFound);
        Registry.MunicipalityNames names = registry.names(municipalityId).orElseThrow(Problem::notFound);
        if (m.mayor() == null || m.mayor().fullName() == null || m.mayor().fullName().isBlank()) {
            throw new Problem(HttpStatus.CONFLICT, "positions.sign.noMayor");
        }
        return new CoSignature(positionId, municipalityId, m.officialName(), m.mayor().fullName().strip(),
                Bilingual.of(names.mayorTitleEl(), names.mayorTitleEn()), m.mayor().gender(), method, at, hash,
                SignatureState.VALID, by, 0);
    }

    /** Withdraws the municipality's signature, until the position is closed; withdrawing twice changes nothing. */
    @Transactional
    public CoSignature withdraw(String positionId, String municipalityId) {
        Viewer viewer = viewers.current();
        Who.signsFor(viewer, municipalityId);
        Position p = positions.get(positionId);
        CoSignature existing = signatures.find(positionId, municipalityId).orElseThrow(Problem::notFound);
        if (existing.state() == SignatureState.WITHDRAWN) {
            return existing;
        }
        open(p);
        signatures.update(existing.with(SignatureState.WITHDRAWN, existing.textHash(), Instant.now(clock),
                existing.method(), viewer.email()));
        return signatures.find(positionId, municipalityId).orElseThrow();
    }

    /** Open for signature now: a 409 naming the state, or the last day of signing in Greek and English. */
    void open(Position p) {
        if (p.state() != PositionState.OPEN_FOR_SIGNATURE) {
            throw new Problem(HttpStatus.CONFLICT, "positions.sign.state", p.state().name());
        }
        if (!Instant.now(clock).isBefore(p.signatureCloses())) {
            throw new Problem(HttpStatus.CONFLICT, "positions.sign.closed",
                    DatePhrases.afterPreposition(p.closesOn(), GREEK), DatePhrases.afterPreposition(p.closesOn(), Locale.ENGLISH));
        }
    }

    static String method(Viewer viewer) {
        if (viewer.email() != null && viewer.email().startsWith(SignByLink.HOLDER)) {
            return "PERSONAL_LINK";
        }
        return viewer.secretariat() ? "ON_BEHALF" : "ONLINE_ATTESTED";
    }
}
