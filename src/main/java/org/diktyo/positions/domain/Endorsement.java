package org.diktyo.positions.domain;

import java.time.Instant;

import org.diktyo.language.Bilingual;

/** A partner organisation's endorsement of a position: its name as at endorsing, when, by whom. */
public record Endorsement(String positionId, String partnerId, Bilingual name, Instant endorsedAt, String endorsedBy) {
}
