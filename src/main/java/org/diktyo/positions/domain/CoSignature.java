package org.diktyo.positions.domain;

import java.time.Instant;

import org.diktyo.language.Bilingual;

/**
 * A municipality's signature of a position: its official name, the mayor's name and capacity and
 * the hash of the text as they were at signing, so that a later change of mayor does not rewrite
 * the letter. {@code method}: {@code ONLINE_ATTESTED} (the focal point «με εντολή του Δημάρχου»),
 * {@code PERSONAL_LINK} (the mayor's link), {@code ON_BEHALF} (the secretariat), {@code PADES_LETTER} (a
 * letter signed electronically, uploaded and checked) or {@code SIGNED_LETTER} (a scan of the signed
 * paper letter, uploaded; see {@link UploadSignedLetter}).
 */
public record CoSignature(String positionId, String municipalityId, Bilingual officialName, String signatoryName,
        Bilingual capacity, String gender, String method, Instant signedAt, String textHash, SignatureState state,
        String signedBy, int version) {

    /** Whether it counts for the text of {@code hash}: valid, and of that text. */
    public boolean counts(String hash) {
        return state == SignatureState.VALID && textHash.equals(hash);
    }

    CoSignature with(SignatureState newState, String hash, Instant at, String method, String by) {
        return new CoSignature(positionId, municipalityId, officialName, signatoryName, capacity, gender, method, at,
                hash, newState, by, version);
    }
}
