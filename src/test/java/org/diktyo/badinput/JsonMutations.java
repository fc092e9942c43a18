package org.diktyo.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad versions of a valid JSON body, one value changed at a time: control characters in text,
 * a number or {@code true} for text, text for a number or a flag, dates out of range. Each
 * names the field the refusal must name ({@code delegates[0].fullName}).
 */
final class JsonMutations {

    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String MARK = "@@MUTATED@@";

    /** Raw JSON values for a text field: control characters (NUL first), a lone surrogate, other types. */
    static final List<String> FOR_TEXT = List.of("\"a\\u0000b\"", "\"x\\u0001y\\u001b\"", "\"\\u007f\\u0085\"",
            "\"\\ud800\"", "12", "true");
    static final List<String> FOR_DATE = List.of("\"-999999999-01-01\"", "\"+1000000000-01-01\"",
            "\"+999999999-12-31\"", "\"1999-12-31\"", "\"2100-01-01\"", "\"2024-02-30\"", "\"2024\\u0000-01-01\"");
    static final List<String> FOR_NUMBER = List.of("\"abc\"", "true", "[]", "{}");
    static final List<String> FOR_FLAG = List.of("\"yes\"", "\"a\\u0000\"", "[]");

    /** One bad body: the field at fault, its raw JSON value, the whole body. */
    record Mutation(String field, String value, String body) {
    }

    private JsonMutations() {
    }

    static List<Mutation> of(JsonMapper json, String sample) {
        JsonNode root = json.readTree(sample);
        List<Mutation> mutations = new ArrayList<>();
        walk(json, root, root, "", mutations);
        return mutations;
    }

    /** The body without the top-level field {@code name} (for a body that is an object). */
    static String without(JsonMapper json, String sample, String name) {
        ObjectNode copy = (ObjectNode) json.readTree(sample);
        copy.remove(name);
        return json.writeValueAsString(copy);
    }

    private static void walk(JsonMapper json, JsonNode root, JsonNode node, String path, List<Mutation> out) {
        if (node.isObject()) {
            for (var property : node.properties()) {
                walk(json, root, property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(json, root, node.get(i), path + "[" + i + "]", out);
            }
        } else if (!node.isNull()) {
            List<String> values = node.isString() && DATE.matcher(node.asString()).matches() ? FOR_DATE
                    : node.isString() ? FOR_TEXT : node.isNumber() ? FOR_NUMBER : FOR_FLAG;
            for (String value : values) {
                out.add(new Mutation(path, value, replaced(json, root, path, value)));
            }
        }
    }

    /** {@code root} with the value at {@code path} replaced by the raw JSON {@code value}. */
    private static String replaced(JsonMapper json, JsonNode root, String path, String value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        List<String> steps = steps(path);
        for (int i = 0; i < steps.size() - 1; i++) {
            parent = step(parent, steps.get(i));
        }
        String last = steps.get(steps.size() - 1);
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), MARK);
        } else {
            ((ObjectNode) parent).put(last, MARK);
        }
        return json.writeValueAsString(copy).replace("\"" + MARK + "\"", value);
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : node.get(step);
    }

    /** {@code a.b[0].c} as {@code a}, {@code b}, {@code [0]}, {@code c}. */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        var m = Pattern.compile("\\[\\d+]|[^.\\[]+").matcher(path);
        while (m.find()) {
            steps.add(m.group());
        }
        return steps;
    }
}
