package org.diktyo.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document read for people: operations grouped by tag, each with its parameters,
 * the fields of its JSON body (required or not) and its answers. The texts are the document's
 * own (in English); the page around them is translated.
 */
public record ApiReference(String version, List<Group> groups) {

    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** A tag of the document and its operations. */
    public record Group(String name, String description, List<Operation> operations) {
    }

    /** One operation: {@code POST /api/v1/meetings}. */
    public record Operation(String anchor, String method, String path, String summary, String description,
            List<Field> parameters, String bodyType, List<Field> body, List<String> answers) {
    }

    /** A parameter or a body field; {@code in} is path, query or header for parameters. */
    public record Field(String name, String in, String type, boolean required, String description) {
    }

    static ApiReference of(JsonNode document) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (JsonNode tag : document.path("tags")) {
            groups.put(tag.path("name").asString(""), new Group(tag.path("name").asString(""),
                    tag.path("description").asString(""), new ArrayList<>()));
        }
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                String tag = op.path("tags").path(0).asString("api");
                groups.computeIfAbsent(tag, t -> new Group(t, "", new ArrayList<>())).operations()
                        .add(operation(document, method, path.getKey(), op));
            }
        }
        groups.values().removeIf(g -> g.operations().isEmpty());
        return new ApiReference(document.path("info").path("version").asString(""), List.copyOf(groups.values()));
    }

    private static Operation operation(JsonNode document, String method, String path, JsonNode op) {
        List<Field> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            parameters.add(new Field(p.path("name").asString(""), p.path("in").asString(""),
                    type(document, p.path("schema")), p.path("required").asBoolean(false),
                    p.path("description").asString("")));
        }
        String bodyType = "";
        List<Field> body = new ArrayList<>();
        for (Map.Entry<String, JsonNode> content : op.path("requestBody").path("content").properties()) {
            bodyType = content.getKey();
            JsonNode schema = content.getValue().path("schema");
            boolean array = "array".equals(schema.path("type").asString(""));
            JsonNode object = resolve(document, array ? schema.path("items") : schema);
            List<String> required = new ArrayList<>();
            object.path("required").forEach(r -> required.add(r.asString("")));
            for (Map.Entry<String, JsonNode> property : object.path("properties").properties()) {
                body.add(new Field(array ? "[]." + property.getKey() : property.getKey(), "body",
                        type(document, property.getValue()), required.contains(property.getKey()),
                        property.getValue().path("description").asString("")));
            }
            break;
        }
        List<String> answers = new ArrayList<>();
        op.path("responses").properties().forEach(r -> answers.add(r.getKey()));
        String anchor = (method + path).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
        return new Operation(anchor, method.toUpperCase(), path, op.path("summary").asString(""),
                op.path("description").asString(""), parameters, bodyType, body, answers);
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema
                : document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String type(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty()) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        JsonNode type = schema.path("type");
        String name = type.isArray() ? type.path(0).asString("") : type.asString("");
        if ("array".equals(name)) {
            return type(document, schema.path("items")) + "[]";
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(v.asString("")));
            return String.join(" | ", values);
        }
        String format = schema.path("format").asString("");
        return format.isEmpty() ? name : name + " (" + format + ")";
    }
}
