package org.diktyo.memorandum.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.drafting.CommentJson;
import org.diktyo.drafting.Drafts;
import org.diktyo.language.Language;
import org.diktyo.memorandum.domain.MemorandumVersion;
import org.diktyo.memorandum.domain.PrintVersion;
import org.diktyo.memorandum.domain.ReadMemorandum;
import org.diktyo.platform.Problem;
import org.diktyo.platform.PublicReads;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/memorandum}: the version in force, the versions, their clauses, the diff of two
 * versions (anyone, for what is or was in force), and the amendments of a version (signed in).
 */
@RestController
@RequestMapping("/api/v1/memorandum")
@Tag(name = "memorandum", description = "The memorandum of cooperation: versions, clauses, what changed, amendments")
class MemorandumApi {

    static final int MAX_PAGE_SIZE = 100;

    private final ReadMemorandum read;
    private final PrintVersion print;
    private final org.diktyo.memorandum.domain.CommitteeDecisions committee;
    private final Drafts drafts;

    MemorandumApi(ReadMemorandum read, PrintVersion print, org.diktyo.memorandum.domain.CommitteeDecisions committee,
            Drafts drafts) {
        this.committee = committee;
        this.read = read;
        this.print = print;
        this.drafts = drafts;
    }

    @Bean
    static PublicReads memorandumPublicReads() {
        return PublicReads.of("/api/v1/memorandum", "/api/v1/memorandum/versions", "/api/v1/memorandum/versions/*",
                "/api/v1/memorandum/versions/*/clauses", "/api/v1/memorandum/versions/*/diff",
                "/api/v1/memorandum/versions/*/adoptions", "/api/v1/memorandum/versions/*/adoptions/*");
    }

    @GetMapping
    @Operation(summary = "The version in force with its clauses")
    MemorandumJson.VersionWithClauses inForce() {
        MemorandumVersion v = read.inForce().orElseThrow(Problem::notFound);
        return withClauses(v);
    }

    @GetMapping("/versions")
    @Operation(summary = "The versions the caller may read, the latest first, paged")
    MemorandumJson.PageOut<MemorandumJson.VersionOut> versions(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new Problem(HttpStatus.BAD_REQUEST, "memorandum.page.invalid", MAX_PAGE_SIZE);
        }
        List<MemorandumVersion> all = read.versions();
        List<MemorandumJson.VersionOut> items = all.stream().skip((long) page * size).limit(size)
                .map(MemorandumJson.VersionOut::of).toList();
        return new MemorandumJson.PageOut<>(items, page, size, all.size());
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "A version with its clauses")
    MemorandumJson.VersionWithClauses version(@PathVariable int number) {
        return withClauses(read.version(number));
    }

    @GetMapping(path = "/versions/{number}.pdf", produces = "application/pdf")
    @Operation(summary = "A version as PDF/A, in Greek (`lang=el`, the default) or English (`lang=en`)")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable int number, @RequestParam(required = false) String lang) {
        java.util.Locale locale = org.diktyo.platform.LanguageParameter.locale(lang);
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .body(print.pdf(number, locale));
    }

    @GetMapping("/versions/{number}/clauses")
    @Operation(summary = "The clauses of a version in order, each with its revision (the hash an amendment is written against)")
    List<MemorandumJson.ClauseOut> clauses(@PathVariable int number) {
        return read.clauses(number).stream().map(MemorandumJson.ClauseOut::of).toList();
    }

    @GetMapping("/versions/{number}/diff")
    @Operation(summary = "What changed from version `from` to this one, clause by clause and word by word (in the caller's language: `lang` or Accept-Language)")
    MemorandumJson.DiffOut diff(@PathVariable int number, @RequestParam int from, java.util.Locale locale) {
        return new MemorandumJson.DiffOut(from, number, read.compare(from, number, Language.of(locale)).clauses());
    }

    @GetMapping("/versions/{number}/amendments")
    @Operation(summary = "The amendments of a version with their supports and objections (signed in)")
    List<org.diktyo.drafting.AmendmentJson> amendments(@PathVariable int number) {
        return read.amendments(number).stream().map(org.diktyo.drafting.AmendmentJson::of).toList();
    }

    @GetMapping("/versions/{number}/clauses/{key}/comments")
    @Operation(summary = "The comments on a clause of a version (signed in), not those on its amendments; a hidden comment's body only for the secretariat")
    List<CommentJson> comments(@PathVariable int number, @PathVariable String key) {
        return drafts.clauseComments(read.version(number).textId(), key).stream().map(CommentJson::of).toList();
    }

    @PostMapping("/versions/{number}/clauses/{key}/comments")
    @Operation(summary = "Comments on a clause of a version in consultation (a focal point of a municipality taking part, the secretariat or a partner)")
    ResponseEntity<CommentJson> comment(@PathVariable int number, @PathVariable String key,
            @RequestBody CommentJson.CommentIn in) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(CommentJson.of(drafts.commentOnClause(read.version(number).textId(), key, in.body())));
    }

    private MemorandumJson.VersionWithClauses withClauses(MemorandumVersion v) {
        return new MemorandumJson.VersionWithClauses(MemorandumJson.VersionOut.of(v),
                read.clauses(v.number()).stream().map(MemorandumJson.ClauseOut::of).toList(),
                committee.of(v.number()).map(MemorandumJson.DecisionOut::of).orElse(null));
    }
}
