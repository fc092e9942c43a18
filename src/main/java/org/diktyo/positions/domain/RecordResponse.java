package org.diktyo.positions.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat records a ministry's answer to a sent position (the first one makes it
 * ANSWERED); the public reads the answers marked public, anyone signed in all of them.
 */
@Service
public class RecordResponse {

    private final PositionStore positions;
    private final ResponseStore responses;
    private final ReadPositions read;
    private final ViewerResolver viewers;
    private final Clock clock;

    RecordResponse(PositionStore positions, ResponseStore responses, ReadPositions read, ViewerResolver viewers,
            Clock clock) {
        this.positions = positions;
        this.responses = responses;
        this.read = read;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Transactional
    public PositionResponse record(String positionId, LocalDate receivedOn, String from, String protocolNo,
            Bilingual summary, Boolean published) {
        Who.secretariat(viewers.current());
        Checks checks = new Checks();
        LocalDate received = checks.date("receivedOn", receivedOn, true);
        if (received != null && received.isAfter(LocalDate.now(clock.withZone(DraftPositions.ATHENS)))) {
            checks.problem("receivedOn", "positions.date.future");
        }
        String body = checks.text("fromBody", from, true, 300);
        String number = checks.text("protocolNo", protocolNo, false, 60);
        String el = checks.text("summaryEl", summary.el(), true, 5_000);
        String en = checks.text("summaryEn", summary.en(), false, 5_000);
        checks.done();
        Position p = positions.get(positionId);
        if (!p.state().published()) {
            throw new Problem(HttpStatus.CONFLICT, "positions.state", p.state().name());
        }
        PositionResponse r = new PositionResponse(UUID.randomUUID().toString(), positionId, received, body, number,
                Bilingual.of(el, en == null ? "" : en), Boolean.TRUE.equals(published), Instant.now(clock));
        responses.insert(r);
        if (p.state() == PositionState.SENT) {
            positions.update(p.withState(PositionState.ANSWERED));
        }
        return r;
    }

    /** The answers: those marked public to everyone (once sent), all to anyone signed in. */
    @Transactional(readOnly = true)
    public List<PositionResponse> of(String positionId) {
        read.one(positionId);
        boolean all = viewers.current().signedIn();
        return responses.of(positionId).stream().filter(r -> all || r.published()).toList();
    }
}
