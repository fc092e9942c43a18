package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The final-ν rule of GREEK.md in every Greek text the platform writes (message bundles, the
 * network's letter, templates): «την»/«στην» keep their ν only before a vowel and before κ, π,
 * τ, ξ, ψ, γκ, μπ, ντ, τσ, τζ — «από τη διαχείριση», never «από την διαχείριση».
 */
class GreekArticlesInTextsTest {

    static final Pattern DROPPED_NU = Pattern.compile(
            "(?<![\\p{L}])([Σσ]?[Ττ]ην)\\s+(?!γκ|μπ|ντ|τσ|τζ|Γκ|Μπ|Ντ|Τσ|Τζ)([βγδζθλμνρσφχΒΓΔΖΘΛΜΝΡΣΦΧ]\\p{L}*)");

    @Test
    void theArticleBeforeAConsonantDropsItsNu() throws IOException {
        assertThat(offences("η απάντηση από την διαχείριση, στην Θεσσαλονίκη")).hasSize(2);
        assertThat(offences("από τη διαχείριση, την Τρίτη, στην Κυριακή, την ένταξη, την μπάλα, στη Δευτέρα")).isEmpty();

        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/resources/i18n", "src/main/resources/invitations", "src/main/jte")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith("_el.properties") || f.toString().endsWith(".el.txt")
                        || f.toString().endsWith(".jte")).toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        for (String offence : offences(lines.get(i))) {
                            found.add(file + ":" + (i + 1) + ": " + offence);
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    static List<String> offences(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = DROPPED_NU.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
