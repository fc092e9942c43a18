package org.diktyo.knowledge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.knowledge.domain.Entry;
import org.diktyo.knowledge.domain.ReadEntries;
import org.diktyo.knowledge.domain.ReviewEntries;
import org.diktyo.knowledge.domain.ShareChallenges;
import org.diktyo.knowledge.domain.Vocabularies;
import org.diktyo.knowledge.domain.WriteEntries;
import org.diktyo.knowledge.search.SearchHits;
import org.diktyo.language.Language;
import org.diktyo.platform.Problem;
import org.diktyo.platform.PublicReads;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * {@code /api/v1/knowledge}: challenges and practices searched (anyone, what the caller may see),
 * read, written by a municipality's focal point (or the secretariat), reviewed by the secretariat;
 * «we face this too» marks; the vocabularies.
 */
@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "knowledge", description = "Challenges and good practices: search, entries, review, «we face this too»")
class KnowledgeApi {

    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_QUERY = 200;

    private final ReadEntries read;
    private final WriteEntries write;
    private final ReviewEntries review;
    private final ShareChallenges share;
    private final Vocabularies vocabularies;

    KnowledgeApi(ReadEntries read, WriteEntries write, ReviewEntries review, ShareChallenges share,
            Vocabularies vocabularies) {
        this.read = read;
        this.write = write;
        this.review = review;
        this.share = share;
        this.vocabularies = vocabularies;
    }

    @Bean
    static PublicReads knowledgePublicReads() {
        return PublicReads.of("/api/v1/knowledge/entries", "/api/v1/knowledge/entries/*", "/api/v1/knowledge/vocabularies/*");
    }

    @GetMapping("/entries")
    @Operation(summary = "Searches the entries the caller may read: `q` as typed (Greek or English, any accent, case or"
            + " inflection, Greeklish, acronyms; never query syntax), facet values (several of one facet: any of them),"
            + " paged; with the facet counts and each result's summary with the matched words in `<mark>`")
    KnowledgeJson.SearchOut search(@RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> kind, @RequestParam(required = false) List<String> theme,
            @RequestParam(required = false) List<String> targetGroup, @RequestParam(required = false) List<String> funding,
            @RequestParam(required = false) List<String> region, @RequestParam(required = false) List<String> municipality,
            @RequestParam(required = false) List<String> status, @RequestParam(required = false) List<String> year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, java.util.Locale locale) {
        if (q != null && q.length() > MAX_QUERY) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("q", "knowledge.error.query")));
        }
        if (page < 0 || page > 1000 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "knowledge.error.page", MAX_PAGE_SIZE);
        }
        MultiValueMap<String, String> facets = new LinkedMultiValueMap<>();
        facets.put("theme", theme);
        facets.put("targetGroup", targetGroup);
        facets.put("funding", funding);
        facets.put("region", region);
        facets.put("municipality", municipality);
        facets.put("status", status);
        facets.put("year", year);
        SearchHits hits = read.search(q, filters(kind, facets), Language.english(locale), page, size);
        return new KnowledgeJson.SearchOut(hits.hits().stream().map(KnowledgeJson.HitOut::of).toList(), page, size,
                hits.total(), hits.facets(), hits.onlyStopWords());
    }

    /** The facets a search may tick, in the order the pages show them. */
    static final List<String> FACETS = List.of("theme", "targetGroup", "funding", "region", "municipality", "status", "year");

    /** The kind and the ticked facet values among {@code params} (other parameters ignored), up to 50 per facet. */
    static Map<String, List<String>> filters(List<String> kind, MultiValueMap<String, String> params) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, "kind", kind);
        FACETS.forEach(name -> put(filters, name, params.get(name)));
        return filters;
    }

    private static void put(Map<String, List<String>> filters, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(name, values.stream().limit(50).toList());
        }
    }

    @PostMapping("/entries")
    @Operation(summary = "Writes a new entry as a draft (a municipality's focal point for its municipality, or the secretariat)")
    ResponseEntity<KnowledgeJson.EntryOut> create(@RequestBody KnowledgeJson.EntryIn in) {
        return ResponseEntity.status(HttpStatus.CREATED).body(KnowledgeJson.EntryOut.of(write.create(in.input())));
    }

    @GetMapping("/entries/{id}")
    @Operation(summary = "An entry the caller may read (as published; `revisionPending` when an edit waits for review)")
    KnowledgeJson.EntryOut entry(@PathVariable String id) {
        Entry e = read.entry(id);
        return KnowledgeJson.EntryOut.of(e, read.revision(e).isPresent());
    }

    @PutMapping("/entries/{id}")
    @Operation(summary = "Rewrites an entry (its owner's focal point, or the secretariat). A focal point's edit of a published"
            + " entry is kept as its pending revision, answered as proposed with `revisionPending`; the published text"
            + " stays until the secretariat publishes the revision")
    KnowledgeJson.EntryOut edit(@PathVariable String id, @RequestBody KnowledgeJson.EntryEdit in) {
        Entry saved = write.edit(id, in.input());
        return KnowledgeJson.EntryOut.of(saved, read.revision(saved).isPresent());
    }

    @GetMapping("/entries/{id}/revision")
    @Operation(summary = "The pending revision of a published entry, as proposed (its writers and the secretariat)")
    KnowledgeJson.EntryOut revision(@PathVariable String id) {
        return KnowledgeJson.EntryOut.of(read.revision(read.entry(id)).orElseThrow(Problem::notFound), true);
    }

    @PostMapping("/entries/{id}/revision/publish")
    @Operation(summary = "Publishes the pending revision of a published entry over its text (the secretariat)")
    KnowledgeJson.EntryOut publishRevision(@PathVariable String id) {
        return KnowledgeJson.EntryOut.of(review.publishRevision(id));
    }

    @PostMapping("/entries/{id}/revision/send-back")
    @Operation(summary = "Drops the pending revision of a published entry with a note to its writers; the published text"
            + " stays (the secretariat)")
    KnowledgeJson.EntryOut sendBackRevision(@PathVariable String id, @RequestBody KnowledgeJson.NoteIn in) {
        return KnowledgeJson.EntryOut.of(review.sendBackRevision(id, in.note()));
    }

    @PostMapping("/entries/{id}/submit")
    @Operation(summary = "Sends a draft for review by the secretariat")
    KnowledgeJson.EntryOut submit(@PathVariable String id) {
        return KnowledgeJson.EntryOut.of(write.submit(id));
    }

    @PostMapping("/entries/{id}/publish")
    @Operation(summary = "Publishes a submitted entry (the secretariat)")
    KnowledgeJson.EntryOut publish(@PathVariable String id) {
        return KnowledgeJson.EntryOut.of(review.publish(id));
    }

    @PostMapping("/entries/{id}/send-back")
    @Operation(summary = "Sends a submitted entry back to its writers as a draft, with a note (the secretariat)")
    KnowledgeJson.EntryOut sendBack(@PathVariable String id, @RequestBody KnowledgeJson.NoteIn in) {
        return KnowledgeJson.EntryOut.of(review.sendBack(id, in.note()));
    }

    @PostMapping("/entries/{id}/archive")
    @Operation(summary = "Archives a published entry (the secretariat)")
    KnowledgeJson.EntryOut archive(@PathVariable String id) {
        return KnowledgeJson.EntryOut.of(review.archive(id));
    }

    @PutMapping("/entries/{id}/shared")
    @Operation(summary = "«We face this too»: marks a published challenge as a municipality's own as well (its focal point,"
            + " or the secretariat on its behalf)")
    KnowledgeJson.EntryOut shared(@PathVariable String id, @RequestBody KnowledgeJson.SharedIn in) {
        return KnowledgeJson.EntryOut.of(share.share(id, in.municipalityId(), in.comment()));
    }

    @DeleteMapping("/entries/{id}/shared")
    @Operation(summary = "Takes a municipality's «we face this too» mark back")
    KnowledgeJson.EntryOut unshared(@PathVariable String id, @RequestParam String municipality) {
        return KnowledgeJson.EntryOut.of(share.unshare(id, municipality));
    }

    @GetMapping("/vocabularies/themes")
    @Operation(summary = "The themes entries are filed under, in order")
    List<KnowledgeJson.TermOut> themes() {
        return vocabularies.themes().stream().map(KnowledgeJson.TermOut::of).toList();
    }

    @GetMapping("/vocabularies/target-groups")
    @Operation(summary = "The target groups entries serve, in order")
    List<KnowledgeJson.TermOut> targetGroups() {
        return vocabularies.targetGroups().stream().map(KnowledgeJson.TermOut::of).toList();
    }
}
