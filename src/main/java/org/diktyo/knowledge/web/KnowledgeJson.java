package org.diktyo.knowledge.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.diktyo.knowledge.domain.Axis;
import org.diktyo.knowledge.domain.Entry;
import org.diktyo.knowledge.domain.EntryDetails;
import org.diktyo.knowledge.domain.EntryInput;
import org.diktyo.knowledge.domain.EntryKind;
import org.diktyo.knowledge.domain.EntryStatus;
import org.diktyo.knowledge.domain.Term;
import org.diktyo.knowledge.domain.Visibility;
import org.diktyo.knowledge.search.SearchHits;

/** The knowledge module's JSON: field pairs for the two languages, as the rest of the API. */
final class KnowledgeJson {

    private KnowledgeJson() {
    }

    /**
     * A new entry. {@code body} fields are CommonMark without HTML. {@code funding} amounts are euros, not negative;
     * each result needs a value and a unit; {@code partners} are municipality ids, {@code organisations} the
     * network's partner ids (IOM, UNHCR), {@code axes} the memorandum's axis keys.
     */
    record EntryIn(@NotNull EntryKind kind, @NotBlank String ownerId, @NotBlank String titleEl, String titleEn,
            @NotBlank String summaryEl, String summaryEn, String bodyEl, String bodyEn, @NotEmpty List<String> themes,
            List<String> targetGroups, LocalDate periodStart, LocalDate periodEnd, @NotNull EntryStatus status,
            Visibility visibility, List<EntryDetails.Funding> funding, List<EntryDetails.Indicator> results,
            String lessonsEl, String lessonsEn, String transferabilityEl, String transferabilityEn,
            EntryDetails.Contact contact, List<String> partners, List<String> organisations, List<Axis> axes) {
        EntryInput input() {
            return new EntryInput(kind, ownerId, titleEl, titleEn, summaryEl, summaryEn, bodyEl, bodyEn, themes, targetGroups,
                    periodStart, periodEnd, status, visibility, null, details(funding, results, lessonsEl, lessonsEn,
                            transferabilityEl, transferabilityEn, contact, partners, organisations, axes));
        }
    }

    /** An entry rewritten (its kind and owner stay); {@code version}, when given, must be the one read. */
    record EntryEdit(@NotBlank String titleEl, String titleEn, @NotBlank String summaryEl, String summaryEn, String bodyEl,
            String bodyEn, @NotEmpty List<String> themes, List<String> targetGroups, LocalDate periodStart,
            LocalDate periodEnd, @NotNull EntryStatus status, Visibility visibility, Integer version,
            List<EntryDetails.Funding> funding, List<EntryDetails.Indicator> results, String lessonsEl, String lessonsEn,
            String transferabilityEl, String transferabilityEn, EntryDetails.Contact contact, List<String> partners,
            List<String> organisations, List<Axis> axes) {
        EntryInput input() {
            return new EntryInput(null, null, titleEl, titleEn, summaryEl, summaryEn, bodyEl, bodyEn, themes, targetGroups,
                    periodStart, periodEnd, status, visibility, version, details(funding, results, lessonsEl, lessonsEn,
                            transferabilityEl, transferabilityEn, contact, partners, organisations, axes));
        }
    }

    private static EntryDetails details(List<EntryDetails.Funding> funding, List<EntryDetails.Indicator> results,
            String lessonsEl, String lessonsEn, String transferabilityEl, String transferabilityEn,
            EntryDetails.Contact contact, List<String> partners, List<String> organisations, List<Axis> axes) {
        return new EntryDetails(funding, results, lessonsEl, lessonsEn, transferabilityEl, transferabilityEn, contact,
                partners, organisations, axes == null ? null : axes.stream().filter(a -> a != null).map(Axis::name).toList());
    }

    record NoteIn(@NotBlank String note) {
    }

    record SharedIn(@NotBlank String municipalityId, String comment) {
    }

    record EntryOut(String id, String slug, String kind, String ownerId, String titleEl, String titleEn, String summaryEl,
            String summaryEn, String bodyEl, String bodyEn, List<String> themes, List<String> targetGroups,
            LocalDate periodStart, LocalDate periodEnd, String status, String visibility, String state, String reviewNote,
            Instant createdAt, Instant updatedAt, Instant publishedAt, int version, List<String> sharedBy, int sharedCount,
            List<EntryDetails.Funding> funding, BigDecimal fundingTotal, List<EntryDetails.Indicator> results,
            String lessonsEl, String lessonsEn, String transferabilityEl, String transferabilityEn,
            EntryDetails.Contact contact, List<String> partners, List<String> organisations, List<String> axes,
            boolean revisionPending) {
        static EntryOut of(Entry e) {
            return of(e, false);
        }

        /**
         * The contact's {@code person} is empty for the public (the use case leaves it out);
         * {@code revisionPending}: an edit of the published entry waits for the secretariat.
         */
        static EntryOut of(Entry e, boolean revisionPending) {
            EntryDetails d = e.details();
            return new EntryOut(e.id(), e.slug(), e.kind().name(), e.ownerId(), e.titleEl(), e.titleEn(), e.summaryEl(),
                    e.summaryEn(), e.bodyEl(), e.bodyEn(), e.themes(), e.targetGroups(), e.periodStart(), e.periodEnd(),
                    e.status().name(), e.visibility().name(), e.state().name(), e.reviewNote(), e.createdAt(),
                    e.updatedAt(), e.publishedAt(), e.version(), e.sharedBy(), e.sharedBy().size(), d.funding(),
                    d.fundingTotal(), d.results(), d.lessonsEl(), d.lessonsEn(), d.transferabilityEl(),
                    d.transferabilityEn(), d.contact(), d.partners(), d.organisations(), d.axes(), revisionPending);
        }
    }

    /** A result: {@code highlight} is the summary as HTML, escaped, with the matched words in {@code <mark>}. */
    record HitOut(String id, String slug, String kind, String ownerId, String state, String titleEl, String titleEn,
            String highlight, List<String> themes, Integer year) {
        static HitOut of(SearchHits.Hit h) {
            return new HitOut(h.id(), h.slug(), h.kind(), h.owner(), h.state(), h.titleEl(), h.titleEn(), h.snippetHtml(),
                    h.themes(), h.year());
        }
    }

    record SearchOut(List<HitOut> items, int page, int size, long total, Map<String, List<SearchHits.FacetCount>> facets,
            boolean onlyStopWords) {
    }

    record TermOut(String code, String labelEl, String labelEn) {
        static TermOut of(Term t) {
            return new TermOut(t.code(), t.labelEl(), t.labelEn());
        }
    }
}
