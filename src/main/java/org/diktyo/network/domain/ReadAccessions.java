package org.diktyo.network.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading accession cases, each as its viewer may: the secretariat every case and entry; a focal
 * point its own municipality's case without the secretariat's internal entries; a partner the
 * funnel's counts by stage and region only; the public nothing.
 */
@Service
public class ReadAccessions {

    public static final int MAX_SIZE = 200;

    /** A case with its municipality. */
    public record Listed(AccessionCase accession, Municipality municipality) {
    }

    /** A page of cases. */
    public record Page(List<Listed> items, int page, int size, int total) {
    }

    /** Open cases in a stage and a region. */
    public record FunnelCount(AccessionStage stage, String regionId, int cases) {
    }

    private final AccessionAccess access;
    private final AccessionStore cases;
    private final AccessionTimeline timeline;
    private final Municipalities municipalities;
    private final DeriveMembership derive;

    ReadAccessions(AccessionAccess access, AccessionStore cases, AccessionTimeline timeline, Municipalities municipalities,
            DeriveMembership derive) {
        this.access = access;
        this.cases = cases;
        this.timeline = timeline;
        this.municipalities = municipalities;
        this.derive = derive;
    }

    public LocalDate today() {
        return derive.today();
    }

    @Transactional(readOnly = true)
    public Page list(AccessionStore.Filter filter, int page, int size) {
        Viewer v = access.viewer();
        if (!v.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!v.secretariat() && !"FOCAL_POINT".equals(v.role())) {
            throw Problem.forbidden();
        }
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw Problem.invalid(List.of(new Problem.FieldProblem(page < 0 ? "page" : "size", "network.accession.page")));
        }
        AccessionStore.Filter f = v.secretariat() ? filter : new AccessionStore.Filter(filter.stage(), filter.region(),
                filter.owner(), filter.source(), filter.overdue(), v.municipalityId());
        LocalDate today = today();
        List<AccessionCase> found = cases.search(f, today, page, size);
        return new Page(with(found), page, size, cases.count(f, today));
    }

    @Transactional(readOnly = true)
    public Listed one(String id) {
        AccessionCase c = access.readable(id);
        return new Listed(c, municipalities.findById(c.municipalityId()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<AccessionActivity> activities(String id, int page, int size) {
        AccessionCase c = access.readable(id);
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw Problem.invalid(List.of(new Problem.FieldProblem(page < 0 ? "page" : "size", "network.accession.page")));
        }
        return timeline.of(c.id(), access.viewer().secretariat(), page, size);
    }

    @Transactional(readOnly = true)
    public int activityCount(String id) {
        AccessionCase c = access.readable(id);
        return timeline.count(c.id(), access.viewer().secretariat());
    }

    /** Counts of open cases by stage and region: the secretariat and the partners. */
    @Transactional(readOnly = true)
    public List<FunnelCount> funnel() {
        Viewer v = access.viewer();
        if (!v.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!v.staff()) {
            throw Problem.forbidden();
        }
        List<FunnelCount> counts = new ArrayList<>();
        for (Object[] row : cases.funnel()) {
            counts.add(new FunnelCount(AccessionStage.valueOf((String) row[0]), (String) row[1], (Integer) row[2]));
        }
        return counts;
    }

    /** The open cases by stage, filtered, for the board (the secretariat). */
    @Transactional(readOnly = true)
    public Map<AccessionStage, List<Listed>> board(AccessionStore.Filter filter) {
        access.secretariat();
        Map<AccessionStage, List<Listed>> columns = new LinkedHashMap<>();
        AccessionStage.BOARD.forEach(s -> columns.put(s, new ArrayList<>()));
        AccessionStore.Filter open = new AccessionStore.Filter(null, filter.region(), filter.owner(), filter.source(),
                filter.overdue(), null);
        for (Listed l : with(cases.search(open, today(), 0, 1000))) {
            columns.get(l.accession().stage()).add(l);
        }
        return columns;
    }

    /** A focal point's own municipality's open case (or its latest), if there is one. */
    @Transactional(readOnly = true)
    public Optional<Listed> own() {
        Viewer v = access.viewer();
        if (!"FOCAL_POINT".equals(v.role()) || v.municipalityId() == null) {
            throw v.signedIn() ? Problem.forbidden() : Problem.unauthorized();
        }
        return cases.openFor(v.municipalityId()).map(c -> new Listed(c,
                municipalities.findById(c.municipalityId()).orElseThrow()));
    }

    private List<Listed> with(List<AccessionCase> found) {
        Map<String, Municipality> names = municipalities.findAllById(found.stream().map(AccessionCase::municipalityId)
                .distinct().toList()).stream().collect(Collectors.toMap(Municipality::id, Function.identity()));
        return found.stream().map(c -> new Listed(c, names.get(c.municipalityId()))).toList();
    }
}
