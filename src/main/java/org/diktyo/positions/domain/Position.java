package org.diktyo.positions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.diktyo.language.Bilingual;

/**
 * A joint position: its title and subject (Θέμα), its text (a drafting text, {@code textId}),
 * where it stands, who may sign and until when, how many signatures it needs, the hash of the
 * text signed, and once sent its protocol number and date.
 */
public record Position(String id, Bilingual title, Bilingual subject, String textId, PositionState state, OpenTo openTo,
        SignatoryOrder signatoryOrder, List<String> relatedAxes, List<String> relatedEntries, LocalDate consultationClosesOn,
        Instant signatureOpens, Instant signatureCloses, LocalDate closesOn, Integer minSignatories, String textHash,
        String protocolNo, LocalDate sentOn, String sentAnywayReason, Instant createdAt, int version) {

    Position withState(PositionState newState) {
        return new Position(id, title, subject, textId, newState, openTo, signatoryOrder, relatedAxes, relatedEntries,
                consultationClosesOn, signatureOpens, signatureCloses, closesOn, minSignatories, textHash, protocolNo,
                sentOn, sentAnywayReason, createdAt, version);
    }

    Position withHash(PositionState newState, String hash) {
        return new Position(id, title, subject, textId, newState, openTo, signatoryOrder, relatedAxes, relatedEntries,
                consultationClosesOn, signatureOpens, signatureCloses, closesOn, minSignatories, hash, protocolNo,
                sentOn, sentAnywayReason, createdAt, version);
    }
}
