package org.diktyo.surveys.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diktyo.language.Bilingual;
import org.diktyo.network.Addressees;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading surveys: the secretariat sees every one, drafts too; partners the published ones; a
 * focal point the published ones that ask its municipality, with its own response only.
 */
@Service
public class ReadSurveys {

    /** A survey a focal point has to answer (or has answered), and where it stands. */
    public record ToAnswer(Survey survey, Phase phase, Instant answeredAt) {
    }

    /** A municipality asked, and when it answered (or null) and whether it was reminded. */
    public record Progress(String municipalityId, Bilingual name, Instant answeredAt, int changes) {
    }

    private final SurveyStore surveys;
    private final SurveyResponseStore responses;
    private final Audiences audiences;
    private final ViewerResolver viewers;
    private final Clock clock;

    ReadSurveys(SurveyStore surveys, SurveyResponseStore responses, Audiences audiences, ViewerResolver viewers, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.audiences = audiences;
        this.viewers = viewers;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    @Transactional(readOnly = true)
    public List<Survey> list() {
        Viewer viewer = viewers.current();
        Who.signedIn(viewer);
        if (viewer.secretariat()) {
            return surveys.all();
        }
        return surveys.published().stream()
                .filter(s -> viewer.partner() || viewer.municipalityId() != null
                        && audiences.includes(s.audience(), viewer.municipalityId())).toList();
    }

    /** Every survey the staff may see (the secretariat's drafts too): the admin list; 403 for a focal point. */
    @Transactional(readOnly = true)
    public List<Survey> forStaff() {
        Who.staff(viewers.current());
        return list();
    }

    @Transactional(readOnly = true)
    public Survey get(String id) {
        Viewer viewer = viewers.current();
        Who.signedIn(viewer);
        Optional<Survey> found = surveys.find(id);
        if (found.isEmpty() || found.get().state() == SurveyState.DRAFT && !viewer.secretariat()) {
            throw Problem.notFound();
        }
        return found.get();
    }

    /** The focal point's published surveys, the open ones first, with when its municipality answered. */
    @Transactional(readOnly = true)
    public List<ToAnswer> toAnswer() {
        Viewer viewer = viewers.current();
        Who.signedIn(viewer);
        String m = viewer.municipalityId();
        if (m == null || !"FOCAL_POINT".equals(viewer.role())) {
            return List.of();
        }
        Instant now = clock.instant();
        return surveys.published().stream().filter(s -> audiences.includes(s.audience(), m))
                .map(s -> new ToAnswer(s, s.phase(now), responses.find(s.id(), m).map(Response::submittedAt).orElse(null)))
                .sorted(java.util.Comparator.comparing((ToAnswer t) -> t.phase() != Phase.OPEN)).toList();
    }

    /** Who is asked and who has answered (the secretariat and the partners). */
    @Transactional(readOnly = true)
    public List<Progress> progress(String id) {
        Who.staff(viewers.current());
        Survey s = get(id);
        Map<String, Response> answered = new HashMap<>();
        responses.of(id).forEach(r -> answered.put(r.municipalityId(), r));
        return audiences.of(s.audience()).stream().map((Addressees.Addressee a) -> {
            Response r = answered.get(a.municipalityId());
            return new Progress(a.municipalityId(), a.officialName(), r == null ? null : r.submittedAt(),
                    r == null ? 0 : r.changes());
        }).toList();
    }
}
