package org.diktyo.positions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.diktyo.language.Bilingual;
import org.diktyo.platform.Problem;
import org.diktyo.positions.domain.Addressee;
import org.diktyo.positions.domain.AddresseeRole;
import org.diktyo.positions.domain.DraftPositions;
import org.diktyo.positions.domain.EditPosition;
import org.diktyo.positions.domain.OpenTo;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.SignatoryOrder;

/**
 * A position's form as typed, kept as text so that whatever was wrong comes back as it was: the
 * details, the text (new positions only: paragraphs separated by a blank line, Greek and English
 * in step) and the addressees, a row each ({@code a0-body}, {@code a0-role}, {@code a0-email},
 * {@code a0-postal}); empty rows are left out, and "more rows" adds three without saving.
 */
public record PositionForm(String titleEl, String titleEn, String subjectEl, String subjectEn, String textEl,
        String textEn, String openTo, String signatoryOrder, String relatedAxes, String relatedEntries, String closesOn,
        String minSignatories, boolean partnersMayEndorse, String version, List<Row> rows) {

    /** An addressee's row as typed. */
    public record Row(String body, String role, String email, String postal) {
        static final Row EMPTY = new Row("", AddresseeRole.TO.name(), "", "");

        boolean blank() {
            return body.isBlank() && email.isBlank() && postal.isBlank();
        }
    }

    static final int MORE = 3;
    static final int MAX_ROWS = 40;

    static PositionForm empty() {
        return new PositionForm("", "", "", "", "", "", OpenTo.MEMBERS.name(), SignatoryOrder.COLLATION.name(), "", "", "",
                "", false, "0", rows(List.of(), MORE));
    }

    static PositionForm of(Position p, List<Addressee> addressees) {
        List<Row> rows = addressees.stream().map(a -> new Row(a.body(), a.role().name(), text(a.email()),
                text(a.postalAddress()))).toList();
        return new PositionForm(p.title().el(), p.title().en(), p.subject().el(), p.subject().en(), "", "",
                p.openTo().name(), p.signatoryOrder().name(), String.join(", ", p.relatedAxes()),
                String.join(", ", p.relatedEntries()), p.closesOn() == null ? "" : p.closesOn().toString(),
                p.minSignatories() == null ? "" : p.minSignatories().toString(), p.partnersMayEndorse(),
                String.valueOf(p.version()), rows(rows, 2));
    }

    /** The form from the request's fields; {@code extra} blank rows added (the "more rows" button). */
    static PositionForm read(Map<String, String> f, int extra) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && f.containsKey("a" + i + "-body"); i++) {
            rows.add(new Row(get(f, "a" + i + "-body"), get(f, "a" + i + "-role"), get(f, "a" + i + "-email"),
                    get(f, "a" + i + "-postal")));
        }
        return new PositionForm(get(f, "titleEl"), get(f, "titleEn"), get(f, "subjectEl"), get(f, "subjectEn"),
                get(f, "textEl"), get(f, "textEn"), get(f, "openTo"), get(f, "signatoryOrder"), get(f, "relatedAxes"),
                get(f, "relatedEntries"), get(f, "closesOn"), get(f, "minSignatories"),
                "true".equals(f.get("partnersMayEndorse")), get(f, "version"), rows(rows, extra));
    }

    /** The details, or a 400 naming every field that is not what it should be. */
    EditPosition.Details details(List<Problem.FieldProblem> faults) {
        return new EditPosition.Details(Bilingual.of(titleEl, titleEn), Bilingual.of(subjectEl, subjectEn),
                choice(OpenTo.values(), openTo, "openTo", faults), choice(SignatoryOrder.values(), signatoryOrder,
                        "signatoryOrder", faults), codes(relatedAxes), codes(relatedEntries), date(faults),
                number(faults), partnersMayEndorse);
    }

    /** A new position's draft, its paragraphs the clauses. */
    DraftPositions.Draft draft(EditPosition.Details d, List<Problem.FieldProblem> faults) {
        List<String> el = paragraphs(textEl);
        List<String> en = paragraphs(textEn);
        if (en.size() > el.size()) {
            faults.add(new Problem.FieldProblem("textEn", "positions.form.paragraphs"));
        }
        List<DraftPositions.ClauseDraft> clauses = new ArrayList<>();
        for (int i = 0; i < el.size(); i++) {
            clauses.add(new DraftPositions.ClauseDraft(Bilingual.of("", ""), Bilingual.of(el.get(i),
                    i < en.size() ? en.get(i) : "")));
        }
        return new DraftPositions.Draft(d.title(), d.subject(), clauses, d.openTo(), d.signatoryOrder(), d.relatedAxes(),
                d.relatedEntries(), d.partnersMayEndorse());
    }

    /** The addressees typed, empty rows left out ({@code index} gets each one's row); a role not known is none. */
    List<Addressee> addressees(List<Integer> index) {
        List<Addressee> list = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.blank()) {
                continue;
            }
            index.add(i);
            list.add(new Addressee(r.body(), choice(AddresseeRole.values(), r.role(), "a" + i + "-role", new ArrayList<>()),
                    r.email().isBlank() ? null : r.email(), r.postal().isBlank() ? null : r.postal()));
        }
        return list;
    }

    /** A refusal of the use cases named after the form's fields: {@code [2].email} is row 2's, clauses the text's. */
    static Problem.FieldProblem field(Problem.FieldProblem p, List<Integer> index) {
        String f = p.field();
        if (f.startsWith("[")) {
            int k = Integer.parseInt(f.substring(1, f.indexOf(']')));
            String name = f.contains(".") ? f.substring(f.indexOf('.') + 1) : "body";
            String row = "a" + (k < index.size() ? index.get(k) : 0) + "-";
            return new Problem.FieldProblem(row + (name.equals("postalAddress") ? "postal" : name), p.key());
        }
        return new Problem.FieldProblem(f.equals("clauses") ? "textEl" : f.equals("addressees") ? "a0-body" : f, p.key());
    }

    private LocalDate date(List<Problem.FieldProblem> faults) {
        try {
            return closesOn.isBlank() ? null : LocalDate.parse(closesOn.strip());
        } catch (DateTimeParseException e) {
            faults.add(new Problem.FieldProblem("closesOn", "positions.form.date"));
            return null;
        }
    }

    private Integer number(List<Problem.FieldProblem> faults) {
        try {
            return minSignatories.isBlank() ? null : Integer.valueOf(minSignatories.strip());
        } catch (NumberFormatException e) {
            faults.add(new Problem.FieldProblem("minSignatories", "positions.minSignatories.range"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(E[] values, String name, String field, List<Problem.FieldProblem> faults) {
        E found = Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
        if (found == null) {
            faults.add(new Problem.FieldProblem(field, "positions.form.choice"));
        }
        return found;
    }

    private static List<String> codes(String text) {
        return Arrays.stream(text.split("[,\\s]+")).filter(c -> !c.isEmpty()).toList();
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static List<Row> rows(List<Row> rows, int extra) {
        List<Row> all = new ArrayList<>(rows);
        for (int i = 0; i < extra && all.size() < MAX_ROWS; i++) {
            all.add(Row.EMPTY);
        }
        return all;
    }

    private static String get(Map<String, String> f, String name) {
        return text(f.get(name));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
