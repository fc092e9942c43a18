package org.diktyo.network.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.diktyo.network.domain.AccessionActivity;
import org.diktyo.network.domain.AccessionAdvance;
import org.diktyo.network.domain.AccessionCase;
import org.diktyo.network.domain.AccessionNote;
import org.diktyo.network.domain.AccessionOpening;
import org.diktyo.network.domain.AccessionPlan;
import org.diktyo.network.domain.AccessionSource;
import org.diktyo.network.domain.AccessionStage;
import org.diktyo.network.domain.AccessionStore;
import org.diktyo.network.domain.Geography;
import org.diktyo.network.domain.OpenAccessionCase;
import org.diktyo.network.domain.AdvanceAccessionCase;
import org.diktyo.network.domain.PlanAccessionCase;
import org.diktyo.network.domain.ReadAccessions;
import org.diktyo.network.domain.RecordAccessionActivity;
import org.diktyo.platform.JsonMergePatch;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/accessions}: accession cases, their timeline and the funnel. The secretariat
 * reads and changes every case; a focal point reads its own municipality's (another's is 404); a
 * partner reads the funnel's counts only (403 otherwise).
 */
@RestController
@RequestMapping("/api/v1/accessions")
@Tag(name = "accessions", description = "Municipalities on their way to membership: cases, stages, timeline, funnel")
class AccessionsApi {

    private final ReadAccessions read;
    private final OpenAccessionCase opening;
    private final AdvanceAccessionCase advancing;
    private final PlanAccessionCase planning;
    private final RecordAccessionActivity activities;
    private final Geography geography;
    private final JsonMergePatch patches;

    AccessionsApi(ReadAccessions read, OpenAccessionCase opening, AdvanceAccessionCase advancing,
            PlanAccessionCase planning, RecordAccessionActivity activities, Geography geography, JsonMergePatch patches) {
        this.read = read;
        this.opening = opening;
        this.advancing = advancing;
        this.planning = planning;
        this.activities = activities;
        this.geography = geography;
        this.patches = patches;
    }

    /** A page of cases. */
    record AccessionPage(List<AccessionJson> items, int page, int size, int total) {
    }

    /** A page of a case's timeline. */
    record AccessionActivityPage(List<AccessionActivityJson> items, int page, int size, int total) {
    }

    /** Open cases in a stage and a region. */
    record FunnelJson(AccessionStage stage, String regionId, int cases) {
    }

    /** A follow-up marked done (today if left out). */
    record AccessionActivityDone(LocalDate doneOn) {
    }

    @GetMapping
    @Operation(summary = "Cases, open ones unless a stage is asked for; filtered by stage, region (GR-I), owner, source, overdue")
    AccessionPage list(@RequestParam(required = false) AccessionStage stage, @RequestParam(required = false) String region,
            @RequestParam(required = false) String owner, @RequestParam(required = false) AccessionSource source,
            @RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (region != null && !region.isBlank() && !geography.knownRegion(region)) {
            throw new Problem(HttpStatus.BAD_REQUEST, "network.registry.region.unknown", region);
        }
        ReadAccessions.Page found = read.list(new AccessionStore.Filter(stage, blank(region), blank(owner), source, overdue,
                null), page, size);
        LocalDate today = read.today();
        return new AccessionPage(found.items().stream().map(l -> AccessionJson.of(l, today)).toList(), found.page(),
                found.size(), found.total());
    }

    @PostMapping
    @Operation(summary = "Open a case (secretariat): one open case per municipality, none for a member (409)")
    ResponseEntity<AccessionJson> open(@RequestBody AccessionOpening form) {
        AccessionCase c = opening.open(form);
        return ResponseEntity.created(URI.create("/api/v1/accessions/" + c.id())).body(AccessionJson.of(read.one(c.id()),
                read.today()));
    }

    @GetMapping("/funnel")
    @Operation(summary = "Open cases counted by stage and region (secretariat, partners)")
    List<FunnelJson> funnel() {
        return read.funnel().stream().map(f -> new FunnelJson(f.stage(), f.regionId(), f.cases())).toList();
    }

    @GetMapping("/{id}")
    AccessionJson one(@PathVariable String id) {
        return AccessionJson.of(read.one(id), read.today());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a case's owner and next action with its day (secretariat)",
            description = "JSON Merge Patch (RFC 7396): only the fields sent change; null empties a field.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AccessionPlan.class)))
    AccessionJson plan(@PathVariable String id, @RequestBody JsonNode patch) {
        AccessionPlan form = patches.apply(AccessionPlan.of(read.one(id).accession()), patch, AccessionPlan.class, Set.of());
        planning.plan(id, form);
        return AccessionJson.of(read.one(id), read.today());
    }

    @PostMapping("/{id}/advance")
    @Operation(summary = "Move a case to a stage, with a reason (secretariat); ADMITTED needs a verified adoption or an override (409)")
    AccessionJson advance(@PathVariable String id, @RequestBody AccessionAdvance form) {
        advancing.advance(id, form);
        return AccessionJson.of(read.one(id), read.today());
    }

    @GetMapping("/{id}/activities")
    @Operation(summary = "A case's timeline, latest first (a focal point does not see the secretariat's internal entries)")
    AccessionActivityPage activities(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        List<AccessionActivity> items = read.activities(id, page, size);
        return new AccessionActivityPage(items.stream().map(AccessionActivityJson::of).toList(), page, size,
                read.activityCount(id));
    }

    @PostMapping("/{id}/activities")
    @Operation(summary = "Add an entry to a case's timeline (secretariat)")
    ResponseEntity<AccessionActivityJson> addActivity(@PathVariable String id, @RequestBody AccessionNote form) {
        AccessionActivity a = activities.record(id, form);
        return ResponseEntity.created(URI.create("/api/v1/accessions/" + id + "/activities/" + a.id()))
                .body(AccessionActivityJson.of(a));
    }

    @PatchMapping("/{id}/activities/{activityId}")
    @Operation(summary = "Mark a follow-up done (secretariat)")
    AccessionActivityJson done(@PathVariable String id, @PathVariable String activityId,
            @RequestBody AccessionActivityDone body) {
        return AccessionActivityJson.of(activities.done(id, activityId, body == null ? null : body.doneOn()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
