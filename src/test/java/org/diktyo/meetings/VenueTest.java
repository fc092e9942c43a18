package org.diktyo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A part's place and address as pages, mails, letters and calendar files write them. */
class VenueTest {

    static final Locale GREEK = Locale.forLanguageTag("el");

    final Venue townHall = new Venue("Αίθουσα Δημοτικού Συμβουλίου", "City Council Hall", "Δημαρχιακό Μέγαρο", "Town Hall",
            "Αθηνάς 63", "63 Athinas Street", "Πλ. Κοτζιά", "Kotzia Square", 2, "10552", "Αθήνα", "Athens");

    @Test
    void greek() {
        assertThat(townHall.place(GREEK)).isEqualTo("Αίθουσα Δημοτικού Συμβουλίου, Δημαρχιακό Μέγαρο");
        assertThat(townHall.street(GREEK)).isEqualTo("Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος");
        assertThat(townHall.address(GREEK)).isEqualTo("Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος, 105 52 Αθήνα");
        assertThat(townHall.location(GREEK)).isEqualTo(
                "Αίθουσα Δημοτικού Συμβουλίου, Δημαρχιακό Μέγαρο, Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος, 105 52 Αθήνα");
    }

    @Test
    void english() {
        assertThat(townHall.location(Locale.ENGLISH)).isEqualTo(
                "City Council Hall, Town Hall, 63 Athinas Street, Kotzia Square, 2nd floor, 105 52 Athens");
    }

    @Test
    void blankFieldsAreLeftOutAndABlankEnglishFieldFallsBackToTheGreek() {
        Venue plain = new Venue(" ", null, "Δημαρχιακό Μέγαρο", "", "Αθηνάς 63", "63 Athinas Street", null, null, 0,
                "105 52", "Αθήνα", "Athens");
        assertThat(plain.place(Locale.ENGLISH)).isEqualTo("Δημαρχιακό Μέγαρο");
        assertThat(plain.address(Locale.ENGLISH)).isEqualTo("63 Athinas Street, ground floor, 105 52 Athens");
        assertThat(plain.location(GREEK)).isEqualTo("Δημαρχιακό Μέγαρο, Αθηνάς 63, ισόγειο, 105 52 Αθήνα");
    }
}
