package org.diktyo.invitations.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diktyo.language.Language;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;

/**
 * The words of a letter of invitation in one language, as a campaign keeps them: a heading,
 * paragraphs with placeholders ({@code {host}}, {@code {date}}, {@code {deadline}} … see
 * {@link Placeholders}) and the supporters' line. As text, blocks are separated by a blank
 * line: the first block is the heading (one line per line), the last the supporters' line,
 * those between are the paragraphs — the shape of the network's own letter,
 * {@code invitations/letters/network-letter.{el,en}.txt}, which is the default.
 */
public record LetterText(String heading, List<String> paragraphs, String supporters) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

    public LetterText {
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        supporters = supporters == null ? "" : supporters;
    }

    /** The network's own letter (the invitation of 17 June 2024 with placeholders), Greek or English. */
    public static LetterText networkDefault(Locale locale) {
        return resource("network-letter", locale);
    }

    /** A letter's text shipped with the platform, {@code invitations/letters/<name>.<el|en>.txt}. */
    static LetterText resource(String name, Locale locale) {
        String language = Language.of(locale).tag();
        String path = "invitations/letters/" + name + "." + language + ".txt";
        try (InputStream in = LetterText.class.getClassLoader().getResourceAsStream(path)) {
            return parse(new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the text form; refuses (400, {@code documents.letter.text.shape}) a text without a
     * heading, a paragraph and the supporters' line.
     */
    public static LetterText parse(String text) {
        List<String> blocks = Arrays.stream((text == null ? "" : text).replace("\r\n", "\n").split("\n\\s*\n"))
                .map(String::strip).filter(b -> !b.isEmpty()).toList();
        if (blocks.size() < 3) {
            throw new Problem(HttpStatus.BAD_REQUEST, "documents.letter.text.shape");
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : blocks.subList(1, blocks.size() - 1)) {
            paragraphs.add(block.replaceAll("\\s*\n\\s*", " "));
        }
        return new LetterText(blocks.get(0), paragraphs, blocks.get(blocks.size() - 1).replaceAll("\\s*\n\\s*", " "));
    }

    /** The text form, which {@link #parse} reads back. */
    public String text() {
        List<String> blocks = new ArrayList<>();
        blocks.add(heading);
        blocks.addAll(paragraphs);
        blocks.add(supporters);
        return String.join("\n\n", blocks) + "\n";
    }

    /** The placeholders the text names, in order of first use: {@code host}, {@code date} … */
    public Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        for (String block : text().split("\n")) {
            Matcher m = PLACEHOLDER.matcher(block);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static Pattern placeholderPattern() {
        return PLACEHOLDER;
    }
}
