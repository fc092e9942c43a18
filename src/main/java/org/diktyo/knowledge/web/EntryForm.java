package org.diktyo.knowledge.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diktyo.knowledge.domain.Entry;
import org.diktyo.knowledge.domain.EntryDetails;
import org.diktyo.knowledge.domain.EntryInput;
import org.diktyo.knowledge.domain.EntryKind;
import org.diktyo.knowledge.domain.EntryStatus;
import org.diktyo.knowledge.domain.FundingSource;
import org.diktyo.knowledge.domain.Visibility;
import org.diktyo.platform.Problem;

/**
 * An entry's form as typed on the page. Funding and result rows come as text (an amount typed the
 * Greek way, «1.234,50», or «1234.50»); rows left blank are dropped (the rows are numbered as
 * filled, and shown so with blank ones after them to fill in: no JavaScript is needed to add a row).
 */
public record EntryForm(EntryKind kind, String ownerId, String titleEl, String titleEn, String summaryEl, String summaryEn,
        String bodyEl, String bodyEn, List<String> themes, List<String> targetGroups, LocalDate periodStart,
        LocalDate periodEnd, EntryStatus status, Visibility visibility, Integer version, List<FundingRow> funding,
        List<ResultRow> results, String lessonsEl, String lessonsEn, String transferabilityEl, String transferabilityEn,
        EntryDetails.Contact contact, List<String> partners, List<String> organisations, List<String> axes) {

    static final int BLANK_ROWS = 2;

    public EntryForm {
        themes = themes == null ? List.of() : themes;
        targetGroups = targetGroups == null ? List.of() : targetGroups;
        funding = funding == null ? List.of() : funding;
        results = results == null ? List.of() : results;
        contact = contact == null ? EntryDetails.Contact.NONE : contact;
        partners = partners == null ? List.of() : partners;
        organisations = organisations == null ? List.of() : organisations;
        axes = axes == null ? List.of() : axes;
    }

    /** A funding row as typed. */
    public record FundingRow(String source, String programme, String amount) {

        boolean blank() {
            return isBlank(source) && isBlank(programme) && isBlank(amount);
        }
    }

    /** A result row as typed. */
    public record ResultRow(String indicatorEl, String indicatorEn, String value, String unit, String year) {

        boolean blank() {
            return isBlank(indicatorEl) && isBlank(indicatorEn) && isBlank(value) && isBlank(unit) && isBlank(year);
        }
    }

    static EntryForm empty(EntryKind kind, String owner) {
        return new EntryForm(kind, owner, "", "", "", "", "", "", List.of(), List.of(), null, null, EntryStatus.ONGOING,
                Visibility.PUBLIC, null, null, null, "", "", "", "", null, null, null, null);
    }

    static EntryForm of(Entry e) {
        EntryDetails d = e.details();
        return new EntryForm(e.kind(), e.ownerId(), e.titleEl(), e.titleEn(), e.summaryEl(), e.summaryEn(), e.bodyEl(),
                e.bodyEn(), e.themes(), e.targetGroups(), e.periodStart(), e.periodEnd(), e.status(), e.visibility(),
                e.version(), d.funding().stream().map(f -> new FundingRow(f.source() == null ? "" : f.source().name(),
                        f.programme(), f.amount() == null ? "" : f.amount().toPlainString())).toList(),
                d.results().stream().map(r -> new ResultRow(r.indicatorEl(), r.indicatorEn(),
                        r.value() == null ? "" : r.value().toPlainString(), r.unit(),
                        r.year() == null ? "" : r.year().toString())).toList(),
                d.lessonsEl(), d.lessonsEn(), d.transferabilityEl(), d.transferabilityEn(), d.contact(), d.partners(),
                d.organisations(), d.axes());
    }

    /** The rows typed and {@link #BLANK_ROWS} blank ones more, to show. */
    public List<FundingRow> fundingRows() {
        List<FundingRow> rows = new ArrayList<>(filledFunding());
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new FundingRow("", "", ""));
        }
        return rows;
    }

    public List<ResultRow> resultRows() {
        List<ResultRow> rows = new ArrayList<>(filledResults());
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new ResultRow("", "", "", "", ""));
        }
        return rows;
    }

    private List<FundingRow> filledFunding() {
        return funding.stream().filter(r -> r != null && !r.blank()).toList();
    }

    private List<ResultRow> filledResults() {
        return results.stream().filter(r -> r != null && !r.blank()).toList();
    }

    /** The input to the use case; a number or source that cannot be read is refused, naming its field. */
    EntryInput input() {
        List<FundingRow> funding = filledFunding();
        List<ResultRow> results = filledResults();
        List<Problem.FieldProblem> problems = new ArrayList<>();
        List<EntryDetails.Funding> money = new ArrayList<>();
        for (int i = 0; i < funding.size(); i++) {
            FundingRow r = funding.get(i);
            FundingSource source = null;
            if (!isBlank(r.source())) {
                try {
                    source = FundingSource.valueOf(r.source().strip());
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem.FieldProblem("funding[" + i + "].source", "knowledge.error.term"));
                }
            }
            money.add(new EntryDetails.Funding(source, r.programme(), number(r.amount(), "funding[" + i + "].amount", problems)));
        }
        List<EntryDetails.Indicator> counted = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ResultRow r = results.get(i);
            BigDecimal year = number(r.year(), "results[" + i + "].year", problems);
            counted.add(new EntryDetails.Indicator(r.indicatorEl(), r.indicatorEn(),
                    number(r.value(), "results[" + i + "].value", problems), r.unit(),
                    year == null ? null : year.min(BigDecimal.valueOf(9999)).max(BigDecimal.ZERO).intValue()));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new EntryInput(kind, ownerId, titleEl, titleEn, summaryEl, summaryEn, bodyEl, bodyEn, themes, targetGroups,
                periodStart, periodEnd, status, visibility, version, new EntryDetails(money, counted, lessonsEl, lessonsEn,
                        transferabilityEl, transferabilityEn, contact, partners, organisations, axes));
    }

    /** A number typed the Greek way («1.234,50») or with a point for decimals («1234.50»); null when blank. */
    static BigDecimal number(String typed, String field, List<Problem.FieldProblem> problems) {
        if (isBlank(typed)) {
            return null;
        }
        String s = typed.strip().replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        }
        try {
            if (s.length() > 30) {
                throw new NumberFormatException(field);
            }
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            problems.add(new Problem.FieldProblem(field, "knowledge.error.number"));
            return null;
        }
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
