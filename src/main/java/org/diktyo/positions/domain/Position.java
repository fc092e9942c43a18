package org.diktyo.positions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.diktyo.language.Bilingual;

/**
 * A joint position: its title and subject (Θέμα), its text (a drafting text, {@code textId}),
 * where it stands, who may sign and until when, how many signatures it needs, the hash of the
 * text signed, and once sent its protocol number and date; {@code partnersMayEndorse}: whether
 * partner organisations may endorse it (shown apart from the municipalities' signatures). Before
 * signing opens, {@code closesOn} and {@code minSignatories} are what the secretariat plans.
 */
public record Position(String id, Bilingual title, Bilingual subject, String textId, PositionState state, OpenTo openTo,
        SignatoryOrder signatoryOrder, List<String> relatedAxes, List<String> relatedEntries, LocalDate consultationClosesOn,
        Instant signatureOpens, Instant signatureCloses, LocalDate closesOn, Integer minSignatories, String textHash,
        String protocolNo, LocalDate sentOn, String sentAnywayReason, Instant createdAt, int version,
        boolean partnersMayEndorse) {

    Position withState(PositionState newState) {
        return new Position(id, title, subject, textId, newState, openTo, signatoryOrder, relatedAxes, relatedEntries,
                consultationClosesOn, signatureOpens, signatureCloses, closesOn, minSignatories, textHash, protocolNo,
                sentOn, sentAnywayReason, createdAt, version, partnersMayEndorse);
    }

    /** The secretariat's edit of the details, before signing opens. */
    Position withDetails(Bilingual newTitle, Bilingual newSubject, OpenTo newOpenTo, SignatoryOrder newOrder,
            List<String> axes, List<String> entries, LocalDate plannedClose, Integer plannedMin, boolean partners,
            int expectedVersion) {
        return new Position(id, newTitle, newSubject, textId, state, newOpenTo, newOrder, axes, entries,
                consultationClosesOn, signatureOpens, signatureCloses, plannedClose, plannedMin, textHash, protocolNo,
                sentOn, sentAnywayReason, createdAt, expectedVersion, partners);
    }

    Position withConsultation(LocalDate closes) {
        return new Position(id, title, subject, textId, state, openTo, signatoryOrder, relatedAxes, relatedEntries,
                closes, signatureOpens, signatureCloses, closesOn, minSignatories, textHash, protocolNo,
                sentOn, sentAnywayReason, createdAt, version, partnersMayEndorse);
    }

    Position withHash(PositionState newState, String hash) {
        return new Position(id, title, subject, textId, newState, openTo, signatoryOrder, relatedAxes, relatedEntries,
                consultationClosesOn, signatureOpens, signatureCloses, closesOn, minSignatories, hash, protocolNo,
                sentOn, sentAnywayReason, createdAt, version, partnersMayEndorse);
    }
}
