package org.diktyo.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.diktyo.language.Bilingual;
import org.diktyo.language.Language;
import org.junit.jupiter.api.Test;

/** The diff on Greek sentences: words, punctuation, tonos, moved, renumbered, added and deleted clauses. */
class TextDiffTest {

    @Test
    void aSentenceShowsWhatWasInsertedAndWhatWasReplaced() {
        String html = html(TextDiff.segments("Το Δίκτυο εργάζεται για την ένταξη προσφύγων.",
                "Το Δίκτυο εργάζεται για την κοινωνική ένταξη πολιτών τρίτων χωρών."));
        assertThat(html).isEqualTo("Το Δίκτυο εργάζεται για την <ins>κοινωνική </ins>ένταξη "
                + "<del>προσφύγων</del><ins>πολιτών τρίτων χωρών</ins>.");
    }

    @Test
    void punctuationIsATokenOfItsOwnAndATonosIsAChange() {
        assertThat(TextDiff.tokens("ένταξη, ΚΕΜ")).containsExactly("ένταξη", ",", " ", "ΚΕΜ");
        assertThat(html(TextDiff.segments("ένταξη,", "ένταξη;"))).isEqualTo("ένταξη<del>,</del><ins>;</ins>");
        assertThat(html(TextDiff.segments("ενταξη", "ένταξη"))).isEqualTo("<del>ενταξη</del><ins>ένταξη</ins>");
        assertThat(html(TextDiff.segments("ένταξη", "ε\u0301νταξη"))).as("NFC first: the same word").isEqualTo("ένταξη");
    }

    @Test
    void clausesAreAlignedByKeyMovedRenumberedAddedAndDeleted() {
        List<Clause> from = List.of(clause("preamble", "Προοίμιο", "Κείμενο."), clause("art.1", "Άρθρο 1", "Σκοπός."),
                clause("art.2", "Άρθρο 2", "Μέλη."), clause("art.3", "Άρθρο 3", "Όργανα."),
                clause("art.4", "Άρθρο 4", "Πόροι."));
        List<Clause> to = List.of(clause("preamble", "Προοίμιο", "Κείμενο."), clause("art.4", "Άρθρο 1", "Πόροι."),
                clause("art.1", "Άρθρο 2", "Σκοπός του Δικτύου."), clause("art.new", "Άρθρο 3", "Νέο."),
                clause("art.3", "Άρθρο 4", "Όργανα."));
        Diff diff = TextDiff.compare(from, to, Map.of("art.1", "amendment-7"), Language.GREEK);

        assertThat(diff.clauses()).extracting(c -> c.key() + ":" + c.op()).containsExactly("preamble:SAME",
                "art.4:MOVED", "art.1:CHANGED", "art.2:DELETED", "art.new:ADDED", "art.3:RENUMBERED");
        Diff.ClauseChange changed = diff.clauses().get(2);
        assertThat(changed.amendmentId()).isEqualTo("amendment-7");
        assertThat(html(changed.text())).isEqualTo("Σκοπός<ins> του Δικτύου</ins>.");
        assertThat(diff.clauses().get(5).numberFrom()).isEqualTo("Άρθρο 3");
        assertThat(diff.clauses().get(5).numberTo()).isEqualTo("Άρθρο 4");
        assertThat(diff.clauses().get(3).text()).containsExactly(new Diff.Segment(Diff.SegmentOp.DELETE, "Μέλη."));
        assertThat(diff.changes()).isEqualTo(5);
    }

    @Test
    void theHashFollowsTheGreekOnly() {
        Clause clause = clause("art.1", "Άρθρο 1", "Σκοπός.");
        Clause english = clause.withContent(clause.heading(), Bilingual.of("Σκοπός.", "Purpose, reworded."));
        Clause spaces = clause.withContent(clause.heading(), Bilingual.of("Σκοπός.   \r\n", "Purpose."));
        assertThat(english.revision()).isEqualTo(clause.revision());
        assertThat(TextHash.of(List.of(english))).isEqualTo(TextHash.of(List.of(clause)));
        assertThat(spaces.revision()).as("line ends and trailing spaces do not count")
                .isEqualTo(clause.withContent(clause.heading(), Bilingual.of("Σκοπός.\n", "x")).revision());
        assertThat(clause.withContent(clause.heading(), Bilingual.of("Σκοπος.", "Purpose.")).revision())
                .isNotEqualTo(clause.revision());
    }

    static Clause clause(String key, String number, String text) {
        return new Clause(key, ClauseKind.ARTICLE, Bilingual.of(number, number.replace("Άρθρο", "Article")),
                Bilingual.of("Τίτλος", "Title"), Bilingual.of(text, text), null);
    }

    static String html(List<Diff.Segment> segments) {
        return segments.stream().map(s -> switch (s.op()) {
            case EQUAL -> s.text();
            case INSERT -> "<ins>" + s.text() + "</ins>";
            case DELETE -> "<del>" + s.text() + "</del>";
        }).collect(Collectors.joining());
    }
}
