package org.diktyo.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Words with a time or a hyphen are kept on one line, whole; found by a scan, as an expression would find them. */
class LetterViewTest {

    private static final Pattern UNBREAKABLE = Pattern.compile("[^\\s]*(?:\\d:\\d{2}|[^\\s–—]-[^\\s])[^\\s]*");

    /** Whole words with a time or a hyphen, as segments. */
    static List<LetterView.Segment> byExpression(String paragraph) {
        List<LetterView.Segment> segments = new ArrayList<>();
        Matcher m = UNBREAKABLE.matcher(paragraph);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                segments.add(new LetterView.Segment(paragraph.substring(at, m.start()), false));
            }
            segments.add(new LetterView.Segment(m.group(), true));
            at = m.end();
        }
        if (at < paragraph.length()) {
            segments.add(new LetterView.Segment(paragraph.substring(at), false));
        }
        return segments;
    }

    @Test
    void timesAndHyphenatedWordsStayWhole() {
        assertThat(LetterView.segments("ώρες 17:30–20:00, δήμων-μελών και 2023-2024 – όχι - αυτό"))
                .containsExactly(new LetterView.Segment("ώρες ", false), new LetterView.Segment("17:30–20:00,", true),
                        new LetterView.Segment(" ", false), new LetterView.Segment("δήμων-μελών", true),
                        new LetterView.Segment(" και ", false), new LetterView.Segment("2023-2024", true),
                        new LetterView.Segment(" – όχι - αυτό", false));
    }

    @Test
    void theScanFindsWhatAnExpressionWould() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String fixture : List.of("invitation-2024-06-17.el.txt", "invitation-2024-06-17.en.txt")) {
            texts.addAll(List.of(org.diktyo.Fixtures.text(fixture).split("\n\\s*\n")));
        }
        texts.addAll(List.of("", "-", "a-", "-a", "a-b", "–-a", "x–-a", "—-a b", "9:30", "123:456", "1:3", "12:3x",
                "20:00-21:00", "(10:00-ish)", "a\u00A0-b", "a\t-b c-\td", "συν-\nδιαμορφώσουμε"));
        Random random = new Random(42);
        char[] alphabet = {'a', 'β', '1', '2', '9', ':', '-', '–', '—', ' ', '\t', '\n', '\u00A0', ',', '(' };
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(24)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet[random.nextInt(alphabet.length)];
            }
            texts.add(new String(text));
        }
        for (String text : texts) {
            assertThat(LetterView.segments(text)).as(text).isEqualTo(byExpression(text));
        }
    }
}
