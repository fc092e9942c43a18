package org.diktyo.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppositionTest {

    @Test
    void aNameInAppositionIsClosedByACommaBeforeTheVerb() {
        assertThat(Apposition.closed("Ο Δήμαρχος Αθηναίων, Χάρης Δούκας") + " σας προσκαλεί")
                .isEqualTo("Ο Δήμαρχος Αθηναίων, Χάρης Δούκας, σας προσκαλεί");
        assertThat(Apposition.closed("The Mayor of Athens, Haris Doukas ")).isEqualTo("The Mayor of Athens, Haris Doukas,");
        assertThat(Apposition.closed("Ο Δήμαρχος Αθηναίων, Χάρης Δούκας,")).isEqualTo("Ο Δήμαρχος Αθηναίων, Χάρης Δούκας,");
        assertThat(Apposition.closed("Το Δίκτυο Πόλεων για την Ένταξη")).isEqualTo("Το Δίκτυο Πόλεων για την Ένταξη");
        assertThat(Apposition.closed(null)).isNull();
    }
}
