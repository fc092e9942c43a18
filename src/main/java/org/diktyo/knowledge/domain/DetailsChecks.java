package org.diktyo.knowledge.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.diktyo.platform.Problem;

/**
 * What makes an entry's details acceptable, each mistake named by its field as the API and the
 * form call it ({@code funding[0].amount}, {@code results[1].unit}, {@code contact.email}).
 */
final class DetailsChecks {

    static final int TEXT = 5_000;
    static final int LINE = 200;
    static final int ROWS = 20;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final Set<String> AXES = Set.copyOf(Arrays.stream(Axis.values()).map(Axis::name).toList());

    private DetailsChecks() {
    }

    static void check(EntryDetails d, String owner, Predicate<String> municipality, Set<String> organisations,
            List<Problem.FieldProblem> problems) {
        if (d.funding().size() > ROWS || d.results().size() > ROWS) {
            problems.add(new Problem.FieldProblem(d.funding().size() > ROWS ? "funding" : "results", "knowledge.error.rows"));
            return;
        }
        for (int i = 0; i < d.funding().size(); i++) {
            EntryDetails.Funding f = d.funding().get(i);
            String at = "funding[" + i + "].";
            if (f.source() == null) {
                problems.add(new Problem.FieldProblem(at + "source", "knowledge.error.required"));
            }
            line(problems, at + "programme", f.programme());
            if (f.amount() != null && f.amount().signum() < 0) {
                problems.add(new Problem.FieldProblem(at + "amount", "knowledge.error.negativeAmount"));
            } else if (f.amount() != null && (f.amount().compareTo(MAX_AMOUNT) > 0 || f.amount().scale() > 2)) {
                problems.add(new Problem.FieldProblem(at + "amount", "knowledge.error.amount"));
            }
        }
        for (int i = 0; i < d.results().size(); i++) {
            EntryDetails.Indicator r = d.results().get(i);
            String at = "results[" + i + "].";
            if (r.indicatorEl().isEmpty()) {
                problems.add(new Problem.FieldProblem(at + "indicatorEl", "knowledge.error.required"));
            }
            line(problems, at + "indicatorEl", r.indicatorEl());
            line(problems, at + "indicatorEn", r.indicatorEn());
            if (r.value() == null) {
                problems.add(new Problem.FieldProblem(at + "value", "knowledge.error.required"));
            } else if (r.value().abs().compareTo(MAX_AMOUNT) > 0) {
                problems.add(new Problem.FieldProblem(at + "value", "knowledge.error.amount"));
            }
            if (r.unit().isEmpty()) {
                problems.add(new Problem.FieldProblem(at + "unit", "knowledge.error.unit"));
            }
            line(problems, at + "unit", r.unit());
            if (r.year() != null && (r.year() < 1990 || r.year() > 2100)) {
                problems.add(new Problem.FieldProblem(at + "year", "knowledge.error.year"));
            }
        }
        text(problems, "lessonsEl", d.lessonsEl());
        text(problems, "lessonsEn", d.lessonsEn());
        text(problems, "transferabilityEl", d.transferabilityEl());
        text(problems, "transferabilityEn", d.transferabilityEn());
        EntryDetails.Contact c = d.contact();
        line(problems, "contact.role", c.role());
        line(problems, "contact.service", c.service());
        line(problems, "contact.phone", c.phone());
        line(problems, "contact.person", c.person());
        if (!c.email().isEmpty() && (c.email().length() > LINE || !c.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(new Problem.FieldProblem("contact.email", "knowledge.error.email"));
        }
        if (!c.person().isEmpty() && c.role().isEmpty()) {
            problems.add(new Problem.FieldProblem("contact.role", "knowledge.error.contactRole"));
        }
        if (d.partners().size() > 100 || d.partners().stream().anyMatch(p -> p == null || p.equals(owner) || !municipality.test(p))) {
            problems.add(new Problem.FieldProblem("partners", "knowledge.error.partner"));
        }
        if (!organisations.containsAll(d.organisations())) {
            problems.add(new Problem.FieldProblem("organisations", "knowledge.error.term"));
        }
        if (!AXES.containsAll(d.axes())) {
            problems.add(new Problem.FieldProblem("axes", "knowledge.error.term"));
        }
    }

    private static void line(List<Problem.FieldProblem> problems, String field, String value) {
        if (value != null && value.length() > LINE) {
            problems.add(new Problem.FieldProblem(field, "knowledge.error.tooLong." + LINE));
        }
    }

    private static void text(List<Problem.FieldProblem> problems, String field, String value) {
        if (value != null && value.length() > TEXT) {
            problems.add(new Problem.FieldProblem(field, "knowledge.error.tooLong." + TEXT));
        }
    }
}
