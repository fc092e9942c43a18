package org.diktyo.knowledge.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diktyo.drafting.ClauseMarkdown;
import org.diktyo.platform.PlausibleDates;
import org.diktyo.platform.Problem;

/** What makes an entry's input acceptable; every mistake named by its field, nothing written before. */
final class EntryChecks {

    static final int TITLE = 200;
    static final int SUMMARY = 500;
    static final int BODY = 20_000;

    private EntryChecks() {
    }

    static void check(EntryInput in, Set<String> themes, Set<String> targetGroups, String owner,
            java.util.function.Predicate<String> municipality, Set<String> organisations) {
        boolean ownerKnown = municipality.test(owner);
        List<Problem.FieldProblem> problems = new ArrayList<>();
        if (in.kind() == null) {
            problems.add(new Problem.FieldProblem("kind", "knowledge.error.required"));
        }
        if (!ownerKnown) {
            problems.add(new Problem.FieldProblem("ownerId", "knowledge.error.owner"));
        }
        text(problems, "titleEl", in.titleEl(), TITLE, true);
        text(problems, "titleEn", in.titleEn(), TITLE, false);
        text(problems, "summaryEl", in.summaryEl(), SUMMARY, true);
        text(problems, "summaryEn", in.summaryEn(), SUMMARY, false);
        text(problems, "bodyEl", in.bodyEl(), BODY, false);
        text(problems, "bodyEn", in.bodyEn(), BODY, false);
        for (String field : List.of("bodyEl", "bodyEn")) {
            String body = field.equals("bodyEl") ? in.bodyEl() : in.bodyEn();
            if (body != null && body.length() <= BODY && ClauseMarkdown.hasHtml(body)) {
                problems.add(new Problem.FieldProblem(field, "knowledge.error.html"));
            }
        }
        if (in.themes() == null || in.themes().isEmpty()) {
            problems.add(new Problem.FieldProblem("themes", "knowledge.error.themes"));
        } else if (!themes.containsAll(in.themes())) {
            problems.add(new Problem.FieldProblem("themes", "knowledge.error.term"));
        }
        if (in.targetGroups() != null && !targetGroups.containsAll(in.targetGroups())) {
            problems.add(new Problem.FieldProblem("targetGroups", "knowledge.error.term"));
        }
        if (in.status() == null) {
            problems.add(new Problem.FieldProblem("status", "knowledge.error.required"));
        }
        if (in.periodStart() != null && !PlausibleDates.within(in.periodStart())) {
            problems.add(new Problem.FieldProblem("periodStart", PlausibleDates.KEY));
        }
        if (in.periodEnd() != null && !PlausibleDates.within(in.periodEnd())) {
            problems.add(new Problem.FieldProblem("periodEnd", PlausibleDates.KEY));
        }
        if (in.periodStart() != null && in.periodEnd() != null && in.periodEnd().isBefore(in.periodStart())) {
            problems.add(new Problem.FieldProblem("periodEnd", "knowledge.error.endBeforeStart"));
        }
        DetailsChecks.check(in.details(), owner, municipality, organisations, problems);
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
    }

    private static void text(List<Problem.FieldProblem> problems, String field, String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            problems.add(new Problem.FieldProblem(field, "knowledge.error.required"));
        } else if (value != null && value.length() > max) {
            problems.add(new Problem.FieldProblem(field, "knowledge.error.tooLong." + max));
        }
    }
}
