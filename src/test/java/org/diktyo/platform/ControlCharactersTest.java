package org.diktyo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void controlCharactersAndLoneSurrogatesAreFoundAndRemovedButTabsAndLineBreaksKept() {
        assertThat(ControlCharacters.any("a\u0000b")).isTrue();
        assertThat(ControlCharacters.any("\u0001")).isTrue();
        assertThat(ControlCharacters.any("\u007f")).isTrue();
        assertThat(ControlCharacters.any("\u0085")).isTrue();
        assertThat(ControlCharacters.any("\ud800")).isTrue();
        assertThat(ControlCharacters.any("x\udc00")).isTrue();
        assertThat(ControlCharacters.any("Γραμμή 1\r\n\tΓραμμή 2 😀")).isFalse();
        assertThat(ControlCharacters.any(null)).isFalse();
        assertThat(ControlCharacters.removed("Δή\u0000μος\u001b\ud800 😀\n")).isEqualTo("Δήμος 😀\n");
        String clean = "Αθήνα";
        assertThat(ControlCharacters.removed(clean)).isSameAs(clean);
    }
}
