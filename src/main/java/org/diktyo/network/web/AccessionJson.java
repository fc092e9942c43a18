package org.diktyo.network.web;

import java.time.Instant;
import java.time.LocalDate;

import org.diktyo.network.AccessionActivityKind;
import org.diktyo.network.domain.AccessionActivity;
import org.diktyo.network.domain.AccessionSource;
import org.diktyo.network.domain.AccessionStage;
import org.diktyo.network.domain.ReadAccessions;

/** An accession case as the API gives it. */
record AccessionJson(String id, String municipalityId, String officialNameEl, String officialNameEn, String regionId,
        AccessionStage stage, AccessionStage heldStage, LocalDate stageSince, long daysInStage, String owner,
        AccessionSource source, String nextAction, LocalDate nextActionOn, boolean overdue, LocalDate openedOn,
        LocalDate closedOn, LocalDate lastActivityOn) {

    static AccessionJson of(ReadAccessions.Listed l, LocalDate today) {
        var c = l.accession();
        var m = l.municipality();
        return new AccessionJson(c.id(), c.municipalityId(), m.officialNameEl(), m.officialNameEn(), m.regionId(), c.stage(),
                c.heldStage(), c.stageSince(), c.daysInStage(today), c.ownerEmail(), c.source(), c.nextAction(),
                c.nextActionOn(), c.overdue(today), c.openedOn(), c.closedOn(), c.lastActivityOn());
    }
}

/** An entry of a case's timeline as the API gives it. */
record AccessionActivityJson(String id, AccessionActivityKind kind, LocalDate on, String text, String detail, LocalDate dueOn,
        LocalDate doneOn, String invitationId, String meetingId, boolean internal, String sourceRef, Instant recordedAt) {

    static AccessionActivityJson of(AccessionActivity a) {
        return new AccessionActivityJson(a.id(), a.kind(), a.on(), a.text(), a.detail(), a.dueOn(), a.doneOn(),
                a.invitationId(), a.meetingId(), a.internal(), a.sourceRef(), a.recordedAt());
    }
}
