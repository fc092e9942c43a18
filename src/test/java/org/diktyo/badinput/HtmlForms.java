package org.diktyo.badinput;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The forms of a page as a browser would send them: each named field with its current value. */
final class HtmlForms {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile(
            "<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

    /** A form: where it goes, how, and its fields in order. */
    record Form(String action, boolean multipart, List<Map.Entry<String, String>> fields) {

        /** The fields with {@code name}'s value replaced. */
        List<Map.Entry<String, String>> with(String name, String value) {
            return fields.stream().map(f -> f.getKey().equals(name) ? entry(name, value) : f).toList();
        }
    }

    private HtmlForms() {
    }

    /** The form of {@code html} whose action is {@code action} (without its query string). */
    static Optional<Form> form(String html, String action) {
        return forms(html).stream().filter(f -> f.action().replaceAll("\\?.*", "").equals(action)).findFirst();
    }

    static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            String attributes = m.group(1);
            if (!"post".equalsIgnoreCase(attribute(attributes, "method"))) {
                continue;
            }
            forms.add(new Form(unescape(attribute(attributes, "action")),
                    "multipart/form-data".equals(attribute(attributes, "enctype")), fields(m.group(2))));
        }
        return forms;
    }

    private static List<Map.Entry<String, String>> fields(String body) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(body);
        while (m.find()) {
            if (m.group(1) != null) {
                String a = m.group(1);
                String name = attribute(a, "name");
                String type = String.valueOf(attribute(a, "type")).toLowerCase();
                boolean checkable = type.equals("checkbox") || type.equals("radio");
                if (name == null || type.equals("submit") || type.equals("file") || type.equals("button")
                        || checkable && !Pattern.compile("\\schecked\\b").matcher(a).find()) {
                    continue;
                }
                String value = attribute(a, "value");
                fields.add(entry(name, value == null ? (checkable ? "on" : "") : unescape(value)));
            } else if (m.group(2) != null) {
                String name = attribute(m.group(2), "name");
                if (name != null) {
                    fields.add(entry(name, unescape(m.group(3).replaceFirst("^\r?\n", ""))));
                }
            } else {
                String name = attribute(m.group(4), "name");
                if (name == null) {
                    continue;
                }
                String first = null;
                String selected = null;
                Matcher o = OPTION.matcher(m.group(5));
                while (o.find()) {
                    String value = attribute(o.group(1), "value");
                    value = value == null ? "" : unescape(value);
                    first = first == null ? value : first;
                    if (Pattern.compile("\\sselected\\b").matcher(o.group(1)).find()) {
                        selected = value;
                    }
                }
                fields.add(entry(name, selected != null ? selected : first == null ? "" : first));
            }
        }
        return fields;
    }

    static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    static String unescape(String html) {
        return html == null ? null : html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }

    static Map.Entry<String, String> entry(String name, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }
}
