package org.diktyo.positions.domain;

import java.util.List;

import org.diktyo.followups.FollowUp;
import org.diktyo.followups.FollowUpForm;
import org.diktyo.followups.FollowUps;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up actions of a ministry's answer to a position (what, who, by when, done), kept
 * by the shared {@code followups} module as the meetings' are: anyone signed in reads them (they
 * name who does what; the public does not), the secretariat adds, changes and ticks them off. An
 * answer of another position is a 404.
 */
@Service
public class TrackFollowUps {

    /** The kind of subject of an answer's follow-up actions. */
    static final String KIND = "POSITION_RESPONSE";

    private final ResponseStore responses;
    private final PositionStore positions;
    private final FollowUps followUps;
    private final ViewerResolver viewers;

    TrackFollowUps(ResponseStore responses, PositionStore positions, FollowUps followUps, ViewerResolver viewers) {
        this.responses = responses;
        this.positions = positions;
        this.followUps = followUps;
        this.viewers = viewers;
    }

    /** The answer and its follow-up actions, to anyone signed in. */
    public record Answer(Position position, PositionResponse response, List<FollowUp> followUps) {
    }

    @Transactional(readOnly = true)
    public Answer answer(String positionId, String responseId) {
        if (!viewers.current().signedIn()) {
            throw Problem.unauthorized();
        }
        PositionResponse r = response(positionId, responseId);
        return new Answer(positions.get(positionId), r, followUps.of(KIND, r.id()));
    }

    @Transactional(readOnly = true)
    public List<FollowUp> of(String positionId, String responseId) {
        return answer(positionId, responseId).followUps();
    }

    /** What is wrong with an action as typed (nothing is saved). */
    public List<Problem.FieldProblem> problems(FollowUpForm form) {
        return followUps.problems(form);
    }

    @Transactional
    public FollowUp add(String positionId, String responseId, FollowUpForm form) {
        Who.secretariat(viewers.current());
        return followUps.add(KIND, response(positionId, responseId).id(), form);
    }

    @Transactional
    public FollowUp update(String positionId, String responseId, String actionId, FollowUpForm form) {
        Who.secretariat(viewers.current());
        return followUps.update(KIND, response(positionId, responseId).id(), actionId, form);
    }

    @Transactional
    public FollowUp markDone(String positionId, String responseId, String actionId, boolean done) {
        Who.secretariat(viewers.current());
        return followUps.markDone(KIND, response(positionId, responseId).id(), actionId, done);
    }

    private PositionResponse response(String positionId, String responseId) {
        return responses.of(positions.get(positionId).id()).stream().filter(r -> r.id().equals(responseId)).findFirst()
                .orElseThrow(Problem::notFound);
    }
}
