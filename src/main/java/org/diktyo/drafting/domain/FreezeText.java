package org.diktyo.drafting.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.AmendmentKind;
import org.diktyo.drafting.AmendmentState;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.DraftText;
import org.diktyo.drafting.TextFrozen;
import org.diktyo.drafting.TextHash;
import org.diktyo.drafting.TextPhase;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freezes a text: refused while an amendment waits for a decision or two accepted ones change the
 * same clause; otherwise the accepted amendments are merged, drafts lapse, and the hash is fixed.
 */
@Service
public class FreezeText {

    private final TextStore texts;
    private final AmendmentStore amendments;
    private final ViewerResolver viewers;
    private final ApplicationEventPublisher events;

    FreezeText(TextStore texts, AmendmentStore amendments, ViewerResolver viewers, ApplicationEventPublisher events) {
        this.texts = texts;
        this.amendments = amendments;
        this.viewers = viewers;
        this.events = events;
    }

    @Transactional
    public String freeze(String textId) {
        Acting.secretariat(viewers.current());
        DraftText text = texts.get(textId);
        if (text.phase() == TextPhase.FROZEN) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.text.frozen");
        }
        List<Amendment> all = amendments.ofText(textId);
        String undecided = all.stream().filter(a -> a.state().undecided()).map(Amendment::id).collect(Collectors.joining(", "));
        if (!undecided.isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.freeze.undecided", undecided);
        }
        List<Amendment> accepted = all.stream().filter(a -> a.state().accepted()).toList();
        String conflicts = conflicts(accepted);
        if (!conflicts.isEmpty()) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.freeze.conflict", conflicts);
        }
        List<Clause> merged = merge(texts.clauses(textId), accepted);
        for (Amendment draft : all.stream().filter(a -> a.state() == AmendmentState.DRAFT).toList()) {
            amendments.state(draft, AmendmentState.LAPSED, null, null, null, null, null);
        }
        String hash = TextHash.of(merged);
        texts.replaceClauses(textId, merged);
        texts.update(text, TextPhase.FROZEN, text.consultationCloses(), hash);
        events.publishEvent(new TextFrozen(textId, text.ownerKind(), text.ownerId(), hash));
        return hash;
    }

    /**
     * Corrects one clause of a frozen text (a typo found while it is being signed): the text stays
     * frozen, its hash is computed anew and {@link TextFrozen} is published again with it. The
     * owner keeps the text as it was, if it needs to, with {@code Drafts.copy} before.
     */
    @Transactional
    public String correct(String textId, String key, Bilingual heading, Bilingual text) {
        Acting.secretariat(viewers.current());
        DraftText frozen = texts.get(textId);
        if (frozen.phase() != TextPhase.FROZEN) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.correction.notFrozen");
        }
        ClauseChecks.check(heading, text, true);
        List<Clause> clauses = new ArrayList<>(texts.clauses(textId));
        int at = WriteText.indexOf(clauses, key);
        clauses.set(at, clauses.get(at).withContent(heading, text));
        String hash = TextHash.of(clauses);
        texts.replaceClauses(textId, clauses);
        texts.update(frozen, TextPhase.FROZEN, frozen.consultationCloses(), hash);
        events.publishEvent(new TextFrozen(textId, frozen.ownerKind(), frozen.ownerId(), hash));
        return hash;
    }

    /** Accepted amendments that replace or delete the same clause, named together. */
    private static String conflicts(List<Amendment> accepted) {
        Map<String, List<String>> byClause = new LinkedHashMap<>();
        accepted.stream().filter(a -> a.kind() != AmendmentKind.INSERT_AFTER)
                .forEach(a -> byClause.computeIfAbsent(a.clauseKey(), k -> new ArrayList<>()).add(a.id()));
        return byClause.values().stream().filter(ids -> ids.size() > 1).map(ids -> String.join(" / ", ids))
                .collect(Collectors.joining("; "));
    }

    /** The clauses with the accepted amendments in; an inserted clause is numbered after its anchor ({@link InsertedNumbers}). */
    static List<Clause> merge(List<Clause> clauses, List<Amendment> accepted) {
        Map<String, Amendment> changing = new HashMap<>();
        Map<String, List<Amendment>> inserting = new HashMap<>();
        for (Amendment a : accepted) {
            if (a.kind() == AmendmentKind.INSERT_AFTER) {
                inserting.computeIfAbsent(a.clauseKey(), k -> new ArrayList<>()).add(a);
            } else {
                changing.put(a.clauseKey(), a);
            }
        }
        List<Clause> merged = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        clauses.forEach(c -> numbers.add(c.number().el()));
        for (Clause clause : clauses) {
            Amendment change = changing.get(clause.key());
            if (change == null) {
                merged.add(clause);
            } else if (change.kind() == AmendmentKind.REPLACE) {
                merged.add(clause.withContent(change.adoptedHeading(), change.adoptedText()));
            }
            Clause anchor = clause;
            for (Amendment insert : inserting.getOrDefault(clause.key(), List.of())) {
                Bilingual number = InsertedNumbers.after(anchor, clause.kind(), numbers);
                numbers.add(number.el());
                anchor = new Clause(insert.newKey(), clause.kind(), number, insert.adoptedHeading(),
                        insert.adoptedText(), clause.axisCode());
                merged.add(anchor);
            }
        }
        return merged;
    }
}
