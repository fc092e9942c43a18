package org.diktyo.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PATCH as a JSON Merge Patch (RFC 7396) over a flat form record: the members the request
 * carries replace the current values, the members it leaves out keep them, and an explicit
 * {@code null} empties a field — which the form's own validation then refuses where the field
 * is required. Members the form does not know, {@code null} for a field that cannot be
 * emptied, and values of the wrong type are refused with the field named.
 */
@Component
public class JsonMergePatch {

    private final JsonMapper json;

    JsonMergePatch(JsonMapper json) {
        this.json = json;
    }

    /**
     * The form {@code current} with {@code patch} applied; {@code notNullable} names the fields
     * for which {@code null} is refused rather than taken as "empty" (e.g. a status).
     */
    public <T extends Record> T apply(T current, JsonNode patch, Class<T> type, Set<String> notNullable) {
        if (patch == null || !patch.isObject()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "platform.error.body");
        }
        Set<String> known = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        ObjectNode merged = json.valueToTree(current);
        List<Problem.FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : patch.properties()) {
            String field = member.getKey();
            if (!known.contains(field)) {
                problems.add(new Problem.FieldProblem(field, "platform.patch.unknown"));
            } else if (member.getValue().isNull() && notNullable.contains(field)) {
                problems.add(new Problem.FieldProblem(field, "platform.patch.notNull"));
            } else {
                merged.set(field, member.getValue());
            }
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        try {
            return json.treeToValue(merged, type);
        } catch (DatabindException e) {
            String field = e.getPath().isEmpty() ? "" : e.getPath().get(0).getPropertyName();
            throw Problem.invalid(List.of(new Problem.FieldProblem(field == null ? "" : field,
                    "platform.error.parameter.value")));
        } catch (JacksonException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, "platform.error.body");
        }
    }
}
