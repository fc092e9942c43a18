package org.diktyo.drafting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.ClauseMarkdown;
import org.diktyo.drafting.Comment;
import org.diktyo.drafting.DraftText;
import org.diktyo.drafting.Drafts;
import org.diktyo.drafting.MunicipalityNames;
import org.diktyo.drafting.TextOwner;
import org.diktyo.language.Athens;
import org.diktyo.language.DatePhrases;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** What the drafting pages share: who is reading, the text's header, names of municipalities, clauses, rows, comments. */
@Component
class DraftPageData {

    private final Drafts drafts;
    private final MunicipalityNames names;
    private final List<TextOwner> owners;
    private final ViewerResolver viewers;
    private final Clock clock;

    DraftPageData(Drafts drafts, ObjectProvider<MunicipalityNames> names, ObjectProvider<TextOwner> owners,
            ViewerResolver viewers, Clock clock) {
        this.drafts = drafts;
        this.names = names.getIfAvailable(() -> (id, locale) -> id);
        this.owners = owners.orderedStream().toList();
        this.viewers = viewers;
        this.clock = clock;
    }

    /** The signed-in reader: texts in consultation, amendments and comments are not public. */
    Viewer viewer() {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        return viewer;
    }

    DraftingViews.Header header(DraftText text, Locale locale) {
        TextOwner owner = owners.stream().filter(o -> o.kind().equals(text.ownerKind())).findFirst().orElse(null);
        return new DraftingViews.Header(text.id(), owner == null ? "" : owner.title(text.ownerId()).in(locale),
                owner == null ? null : owner.page(text.ownerId()), text.openAt(Instant.now(clock)),
                text.consultationCloses() == null ? null
                        : DatePhrases.date(LocalDate.ofInstant(text.consultationCloses(), Athens.ZONE), locale),
                "/admin/drafts/" + text.id() + "/amendments",
                owner == null ? List.of() : owner.decisions(text.ownerId()));
    }

    String name(String municipalityId, Locale locale) {
        return names.name(municipalityId, locale);
    }

    Clause clause(String textId, String key) {
        return drafts.clauses(textId).stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "drafting.clause.unknown", key));
    }

    static DraftingViews.ClauseView view(Clause c, Locale locale) {
        return new DraftingViews.ClauseView(c.key(), c.number().in(locale), c.heading().in(locale),
                ClauseMarkdown.html(c.text().in(locale)), c.revision());
    }

    List<DraftingViews.AmendmentRow> rows(String textId, List<Amendment> amendments, Locale locale) {
        Map<String, String> numbers = new LinkedHashMap<>();
        drafts.clauses(textId).forEach(c -> numbers.put(c.key(), c.number().in(locale)));
        Map<String, Integer> comments = drafts.commentCounts(textId);
        return amendments.stream().map(a -> row(a, numbers.getOrDefault(a.clauseKey(), a.clauseKey()),
                comments.getOrDefault(a.id(), 0), locale)).toList();
    }

    DraftingViews.AmendmentRow row(Amendment a, String clauseNumber, int comments, Locale locale) {
        return new DraftingViews.AmendmentRow(a.id(), a.clauseKey(), clauseNumber, name(a.municipalityId(), locale),
                a.cosponsors().stream().map(m -> name(m, locale)).toList(), a.kind().name(), a.state().name(),
                a.supports(), a.objections(), comments,
                DatePhrases.plain(LocalDate.ofInstant(a.createdAt(), Athens.ZONE), locale), a.state().undecided());
    }

    DraftingViews.Comments comments(DraftText text, List<Comment> comments, String action, String body,
            FormErrors errors, FormErrors hideErrors, long hideId, Locale locale) {
        Viewer viewer = viewer();
        boolean mayWrite = text.openAt(Instant.now(clock))
                && (viewer.staff() || viewer.municipalityId() != null && text.eligible().contains(viewer.municipalityId()));
        return new DraftingViews.Comments(comments.stream().map(c -> new DraftingViews.CommentView(c.id(),
                c.municipalityId() == null ? null : name(c.municipalityId(), locale), c.role(),
                DatePhrases.plain(LocalDate.ofInstant(c.createdAt(), Athens.ZONE), locale),
                c.body() == null ? null : ClauseMarkdown.html(c.body()), c.hidden(), c.hiddenReason())).toList(),
                mayWrite, action, body, errors, hideErrors, hideId);
    }

    /**
     * The municipalities the viewer may act for in the text, by name: every one taking part for the
     * secretariat, its own for a focal point of one of them, none for anyone else.
     */
    Map<String, String> actingFor(DraftText text, Viewer viewer, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!text.openAt(Instant.now(clock))) {
            return names;
        }
        if (viewer.secretariat()) {
            text.eligible().stream().map(m -> Map.entry(m, name(m, locale)))
                    .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
        } else if (viewer.focalPointOf(viewer.municipalityId()) && text.eligible().contains(viewer.municipalityId())) {
            names.put(viewer.municipalityId(), name(viewer.municipalityId(), locale));
        }
        return names;
    }

    /** A refusal as a form shows it: a stale clause or a closed consultation in words that fit the page (no arguments). */
    static FormErrors errors(Problem problem) {
        return switch (problem.key()) {
            case "drafting.amendment.stale" -> new FormErrors(List.of(), "drafting.form.stale");
            case "drafting.consultation.closed" -> new FormErrors(List.of(), "drafting.form.closed");
            default -> FormErrors.of(problem);
        };
    }
}
