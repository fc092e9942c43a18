package org.diktyo.invitations.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a campaign's words name a part the meeting does not have: paragraph and line. */
class MissingPartsTest {

    static final String WORDS = """
            Σας προσκαλούμε στη συνάντηση.

            Το πρόγραμμα
            περιλαμβάνει συζήτηση. {reception}, δεξίωση.


            Ευχαριστούμε. {reception} και πάλι.""";

    @Test
    void theReceptionOfAMeetingOfOnePartIsFoundWithItsParagraphAndLine() {
        assertThat(MissingParts.find(WORDS, 1)).containsExactly(new MissingParts.Place(2, 4, "{reception}"),
                new MissingParts.Place(3, 7, "{reception}"));
        assertThat(MissingParts.find(WORDS.replace("\n", "\r\n"), 1)).hasSize(2);
    }

    @Test
    void aMeetingOfTwoPartsHasTheReceptionAndNothingIsFound() {
        assertThat(MissingParts.find(WORDS, 2)).isEmpty();
        assertThat(MissingParts.find("Σας προσκαλούμε.", 1)).isEmpty();
        assertThat(MissingParts.find(null, 1)).isEmpty();
    }
}
