package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key exists in Greek and in English, every key used in a template exists,
 * and no template or controller carries user-facing text of its own.
 */
class MessagesTest {

    /** The module bundles under {@code i18n/}: {@code accounts}, {@code meetings}, … */
    static List<String> modules() throws IOException {
        return files("src/main/resources/i18n", "_el.properties").stream()
                .map(p -> p.getFileName().toString().replace("_el.properties", "")).sorted().toList();
    }

    static Properties bundle(String module, String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n", module + "_" + language + ".properties"))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every module's bundle in one language. */
    static Properties bundle(String language) throws IOException {
        Properties all = new Properties();
        for (String module : modules()) {
            all.putAll(bundle(module, language));
        }
        return all;
    }

    static List<Path> files(String root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of(root))) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void greekAndEnglishHoldTheSameKeys() throws IOException {
        assertThat(modules()).contains("platform", "accounts", "network", "meetings");
        for (String module : modules()) {
            Set<String> el = new TreeSet<>(bundle(module, "el").stringPropertyNames());
            Set<String> en = new TreeSet<>(bundle(module, "en").stringPropertyNames());
            assertThat(el).as("keys of " + module + " only in Greek").containsAll(en);
            assertThat(en).as("keys of " + module + " only in English").containsAll(el);
            assertThat(el).as("a module's keys begin with its name").allMatch(k -> k.startsWith(module + "."));
            for (String language : List.of("el", "en")) {
                bundle(module, language).forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
            }
        }
        assertThat(bundle("el").stringPropertyNames()).hasSizeGreaterThan(150);
    }

    @Test
    void everyLiteralKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> keys = bundle("el").stringPropertyNames();
        Pattern used = Pattern.compile("\"((?:" + String.join("|", modules()) + ")\\.[A-Za-z0-9_.]+)\"");
        List<String> missing = new ArrayList<>();
        List<Path> sources = new ArrayList<>(files("src/main/jte", ".jte"));
        sources.addAll(files("src/main/java", ".java"));
        for (Path file : sources) {
            Matcher m = used.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                if (!key.endsWith(".") && !keys.contains(key)) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * What a template shows is either markup or an expression; text between tags, and the
     * attributes a person reads (title, alt, placeholder, aria-label, a button's value), hold no letters.
     */
    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        Pattern readableAttribute = Pattern.compile(
                "(?:title|alt|placeholder|aria-label|<input[^>]*type=\"(?:submit|button|reset)\"[^>]*value)=\"([^\"$]*)\"");
        for (Path file : files("src/main/jte", ".jte")) {
            String text = stripCode(Files.readString(file));
            Matcher attribute = readableAttribute.matcher(text);
            while (attribute.find()) {
                if (attribute.group(1).codePoints().anyMatch(Character::isLetter)) {
                    literal.add(file.getFileName() + ": " + attribute.group());
                }
            }
            String between = text.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("&[a-z]+;", " ");
            for (String line : between.split("\n")) {
                if (line.codePoints().anyMatch(Character::isLetter)) {
                    literal.add(file.getFileName() + ": " + line.trim());
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    /** Greek words are allowed in data and demo files, and in the language module, whose Greek is grammar. */
    @Test
    void javaCodeHasNoGreekTextOutsideDataAndDemo() throws IOException {
        Pattern greekLiteral = Pattern.compile("\"[^\"\\n]*[\\u0370-\\u03FF\\u1F00-\\u1FFF][^\"\\n]*\"");
        Set<String> allowed = Set.of("RegistryImport.java", "DemoAccounts.java", "DemoContacts.java", "DemoMeetings.java",
                "DemoAccession.java", "DemoGuestOf2024.java");
        List<String> found = new ArrayList<>();
        for (Path file : files("src/main/java", ".java")) {
            boolean languageData = file.toString().replace('\\', '/').contains("/org/diktyo/language/");
            if (languageData || allowed.contains(file.getFileName().toString())) {
                continue;
            }
            Matcher m = greekLiteral.matcher(Files.readString(file));
            while (m.find()) {
                found.add(file.getFileName() + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    /** Removes JTE's code: directives, expressions {@code ${…}}, blocks {@code !{…}}, comments. */
    static String stripCode(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            if (template.startsWith("<%--", i)) {
                int end = template.indexOf("--%>", i);
                i = end < 0 ? template.length() : end + 4;
            } else if ((template.startsWith("${", i) || template.startsWith("!{", i) || template.startsWith("$unsafe{", i))) {
                i = skipBalanced(template, template.indexOf('{', i));
            } else if (template.charAt(i) == '@' && i + 1 < template.length() && Character.isLetter(template.charAt(i + 1))) {
                int j = i + 1;
                while (j < template.length() && (Character.isLetterOrDigit(template.charAt(j)) || template.charAt(j) == '.')) {
                    j++;
                }
                String word = template.substring(i + 1, j);
                if (word.equals("import") || word.equals("param")) {
                    int end = template.indexOf('\n', j);
                    i = end < 0 ? template.length() : end;
                } else if (j < template.length() && template.charAt(j) == '(') {
                    i = skipBalancedParens(template, j);
                } else {
                    i = j;
                }
            } else if (template.charAt(i) == '`') {
                i++; // content blocks @`…`: their text is checked like any other
            } else {
                out.append(template.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static int skipBalanced(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }

    private static int skipBalancedParens(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && s.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }
}
