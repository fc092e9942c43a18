package org.diktyo.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class BilingualTest {

    static final Locale GREEK = Locale.forLanguageTag("el");

    @Test
    void readsTheReadersLanguage() {
        Bilingual title = Bilingual.of("Συνάντηση εργασίας", "Working meeting");
        assertThat(title.in(GREEK)).isEqualTo("Συνάντηση εργασίας");
        assertThat(title.in(Locale.ENGLISH)).isEqualTo("Working meeting");
        assertThat(title.in(Locale.UK)).isEqualTo("Working meeting");
    }

    @Test
    void everyOtherLanguageReadsGreek() {
        Bilingual title = Bilingual.of("Συνάντηση", "Meeting");
        assertThat(title.in(Locale.FRENCH)).isEqualTo("Συνάντηση");
        assertThat(title.in((Locale) null)).isEqualTo("Συνάντηση");
        assertThat(Language.english(Locale.GERMAN)).isFalse();
        assertThat(Language.english(Locale.ENGLISH)).isTrue();
        assertThat(Language.english("en")).isTrue();
        assertThat(Language.english("el")).isFalse();
    }

    @Test
    void aBlankSideIsReadInTheOtherLanguage() {
        assertThat(Bilingual.of("Συνάντηση", " ").in(Locale.ENGLISH)).isEqualTo("Συνάντηση");
        assertThat(Bilingual.of("Συνάντηση", null).in(Locale.ENGLISH)).isEqualTo("Συνάντηση");
        assertThat(Bilingual.of(null, "Meeting").in(GREEK)).isEqualTo("Meeting");
        assertThat(Bilingual.of("", "Meeting").in(GREEK)).isEqualTo("Meeting");
        assertThat(Bilingual.NONE.in(GREEK)).isNull();
        assertThat(Bilingual.NONE.isPresent()).isFalse();
        assertThat(Bilingual.of(" ", "Meeting").isPresent()).isTrue();
    }

    @Test
    void eachLanguageHasItsLocaleAndTag() {
        assertThat(Language.GREEK.locale().getLanguage()).isEqualTo("el");
        assertThat(Language.ENGLISH.tag()).isEqualTo("en");
        assertThat(Language.of(Language.GREEK.locale())).isEqualTo(Language.GREEK);
    }
}
