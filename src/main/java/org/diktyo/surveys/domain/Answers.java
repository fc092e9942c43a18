package org.diktyo.surveys.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.diktyo.platform.Problem;
import org.diktyo.platform.Problem.FieldProblem;

/**
 * Reads a response as given (the values of each question, by its number: the options' numbers
 * from 0, the scale, the number with a decimal comma or point, the text) into what is stored;
 * every question at fault is named ({@code q3}) with what is wrong, and nothing is stored.
 */
final class Answers {

    static final int MAX_TEXT = 5000;
    static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000");

    private Answers() {
    }

    static String field(int number) {
        return "q" + number;
    }

    static Map<Integer, String> read(Survey s, Map<Integer, List<String>> given) {
        List<FieldProblem> faults = new ArrayList<>();
        for (Integer number : given.keySet()) {
            if (number == null || s.question(number) == null) {
                faults.add(new FieldProblem(field(number == null ? 0 : number), "surveys.answer.unknown"));
            }
        }
        Map<Integer, String> answers = new TreeMap<>();
        for (Question q : s.questions()) {
            List<String> values = given.getOrDefault(q.number(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (values.isEmpty()) {
                if (q.required()) {
                    faults.add(new FieldProblem(field(q.number()), "surveys.answer.required"));
                }
                continue;
            }
            String answer = answer(q, values);
            if (answer == null) {
                faults.add(new FieldProblem(field(q.number()), "surveys.answer." + q.kind().name()));
            } else {
                answers.put(q.number(), answer);
            }
        }
        if (!faults.isEmpty()) {
            throw Problem.invalid(faults);
        }
        return answers;
    }

    /** The answer as stored, or null when the values do not answer the question. */
    private static String answer(Question q, List<String> values) {
        return switch (q.kind()) {
            case SINGLE -> values.size() == 1 ? option(q, values.get(0)) : null;
            case MULTI -> options(q, values);
            case SCALE -> values.size() == 1 && values.get(0).matches("[1-5]") ? values.get(0) : null;
            case NUMBER -> values.size() == 1 ? number(values.get(0)) : null;
            case TEXT -> values.size() == 1 && values.get(0).length() <= MAX_TEXT ? values.get(0) : null;
        };
    }

    private static String option(Question q, String value) {
        if (!value.matches("\\d{1,2}")) {
            return null;
        }
        int i = Integer.parseInt(value);
        return i < q.options().size() ? String.valueOf(i) : null;
    }

    private static String options(Question q, List<String> values) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String v : values) {
            String o = option(q, v);
            if (o == null) {
                return null;
            }
            chosen.add(Integer.parseInt(o));
        }
        return String.join(",", chosen.stream().map(String::valueOf).toList());
    }

    private static String number(String value) {
        String v = value.replace(" ", "");
        if (!v.matches("-?\\d{1,13}([.,]\\d{1,4})?")) {
            return null;
        }
        BigDecimal n = new BigDecimal(v.replace(',', '.'));
        return n.abs().compareTo(MAX_NUMBER) >= 0 ? null : n.stripTrailingZeros().toPlainString();
    }

    /** The options' numbers of a stored choice answer. */
    static List<Integer> chosen(String answer) {
        if (answer == null || answer.isEmpty()) {
            return List.of();
        }
        List<Integer> chosen = new ArrayList<>();
        for (String part : answer.split(",")) {
            chosen.add(Integer.parseInt(part));
        }
        return chosen;
    }
}
