package org.diktyo.positions.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.diktyo.language.Bilingual;

/** A ministry's answer to a sent position: when, from whom, their protocol number, a summary; public or not. */
public record PositionResponse(String id, String positionId, LocalDate receivedOn, String fromBody, String protocolNo,
        Bilingual summary, boolean published, Instant recordedAt) {
}
