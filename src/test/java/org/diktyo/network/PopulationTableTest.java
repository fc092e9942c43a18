package org.diktyo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.diktyo.network.domain.PopulationTable;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class PopulationTableTest {

    @Test
    void theDuplicatedCodeOfHeraklionAtticaIsMendedFromItsNeighbours() throws IOException {
        PopulationTable table = PopulationTable.read(new ClassPathResource("registry/municipality-populations.csv").getInputStream());
        assertThat(table.duplicatedCodes()).containsExactly("7101");
        assertThat(table.byCode("7101").total2021()).isEqualTo(177064); // Heraklion, Crete
        assertThat(table.byCode("4604").total2021()).isEqualTo(50495);  // Irakleio, Attica
        assertThat(table.size()).isEqualTo(333); // 332 municipalities and Mount Athos
    }

    @Test
    void aDuplicateWithoutAGapBetweenItsNeighboursIsLeftAlone() throws IOException {
        String csv = "code,name,a,b,c,d,e,f\n0101,Α,1,1,0,0,0,0\n0102,Β,1,1,0,0,0,0\n0101,Γ,2,2,0,0,0,0\n0103,Δ,1,1,0,0,0,0\n";
        PopulationTable table = PopulationTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(table.byCode("0101").name()).isEqualTo("Γ");
    }

    @Test
    void namesMatchWithoutAccentsOrCase() throws IOException {
        PopulationTable table = PopulationTable.read(new ClassPathResource("registry/municipality-populations.csv").getInputStream());
        assertThat(table.byName("Αθηναίων")).singleElement().extracting(PopulationTable.Row::code).isEqualTo("4501");
        assertThat(table.byName("Ηρακλείου")).hasSize(2);
    }
}
