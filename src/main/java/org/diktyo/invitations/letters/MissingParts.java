package org.diktyo.invitations.letters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentences of a letter that name a part the meeting does not have: {@code {reception}}, the
 * start of the second part, in a meeting of one part. The letter leaves such a sentence out
 * (so the network's letter fits a meeting of one part); in a campaign's own words it is a
 * warning the secretariat sees before sending, with the paragraph and line it is on.
 */
public final class MissingParts {

    /** The placeholders that need a second part. */
    static final List<String> SECOND_PART = List.of("reception");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!;·])\\s+");

    /**
     * Where a text names a part the meeting lacks: the paragraph (counted from 1, blocks
     * separated by a blank line) and the line of the text (from 1).
     */
    public record Place(int paragraph, int line, String placeholder) {
    }

    private MissingParts() {
    }

    /** The places in {@code words} (a campaign's paragraphs) that name a part beyond {@code partCount}. */
    public static List<Place> find(String words, int partCount) {
        List<Place> places = new ArrayList<>();
        if (words == null || partCount >= 2) {
            return places;
        }
        String[] lines = words.replace("\r\n", "\n").split("\n", -1);
        int paragraph = 0;
        boolean inParagraph = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                inParagraph = false;
                continue;
            }
            if (!inParagraph) {
                paragraph++;
                inParagraph = true;
            }
            for (String name : SECOND_PART) {
                if (lines[i].contains("{" + name + "}")) {
                    places.add(new Place(paragraph, i + 1, "{" + name + "}"));
                }
            }
        }
        return places;
    }

    /** {@code text} without the sentences that name a part beyond {@code partCount}; a paragraph left empty goes too. */
    static LetterText leaveOut(LetterText text, int partCount) {
        if (partCount >= 2) {
            return text;
        }
        List<String> paragraphs = text.paragraphs().stream().map(MissingParts::withoutSentences)
                .filter(p -> !p.isEmpty()).toList();
        return new LetterText(text.heading().lines().filter(l -> !namesSecondPart(l))
                .reduce((a, b) -> a + "\n" + b).orElse(""), paragraphs, withoutSentences(text.supporters()));
    }

    private static String withoutSentences(String paragraph) {
        return String.join(" ", Arrays.stream(SENTENCE_END.split(paragraph)).filter(s -> !namesSecondPart(s)).toList())
                .strip();
    }

    private static boolean namesSecondPart(String sentence) {
        return SECOND_PART.stream().anyMatch(name -> sentence.contains("{" + name + "}"));
    }
}
