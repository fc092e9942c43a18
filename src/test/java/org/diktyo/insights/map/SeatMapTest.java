package org.diktyo.insights.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;

/** The seats shipped with the registry and their projection onto the map. */
class SeatMapTest {

    final SeatMap seats = new SeatMap(JsonMapper.builder().build());

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Athens,193,37.98,23.73", "Thessaloniki,33,40.64,22.94", "Heraklion,313,35.34,25.13",
            "Ioannina,85,39.66,20.85", "Chania,327,35.51,24.02"})
    void aSeatIsDrawnWhereItsKnownCoordinatesAre(String name, int sourceId, double lat, double lon) {
        SeatMap.Seat seat = seats.seat(sourceId).orElseThrow();
        SeatMap.Point drawn = SeatMap.project(seat.lat(), seat.lon());
        SeatMap.Point known = SeatMap.project(lat, lon);
        // within about 2 km: 0.02° is 1.2 units on the map
        assertThat(drawn.x()).as(name).isCloseTo(known.x(), within(1.3));
        assertThat(drawn.y()).as(name).isCloseTo(known.y(), within(1.3));
        double[] back = SeatMap.unproject(drawn);
        assertThat(back[0]).isCloseTo(seat.lat(), within(0.01));
        assertThat(back[1]).isCloseTo(seat.lon(), within(0.01));
    }

    @Test
    void theMapKeepsNorthUpAndWestLeftWithinItsBox() {
        SeatMap.Point athens = SeatMap.project(37.98, 23.73);
        SeatMap.Point thessaloniki = SeatMap.project(40.64, 22.94);
        SeatMap.Point corfu = SeatMap.project(39.62, 19.92);
        SeatMap.Point rhodes = SeatMap.project(36.43, 28.22);
        assertThat(thessaloniki.y()).isLessThan(athens.y());
        assertThat(corfu.x()).isLessThan(athens.x()).isGreaterThan(0);
        assertThat(rhodes.x()).isGreaterThan(athens.x()).isLessThan(SeatMap.WIDTH);
        SeatMap.Point corner = SeatMap.project(34.8, 29.7);
        assertThat(corner.x()).isCloseTo(SeatMap.WIDTH, within(1.0));
        assertThat(corner.y()).isCloseTo(SeatMap.HEIGHT, within(1.0));
    }

    @Test
    void everySeatIsInGreeceAndEveryMemberHasOne() throws IOException {
        assertThat(seats.size()).isEqualTo(330);
        List<String> rows = lines("registry/municipality-seats.csv");
        assertThat(rows.stream().map(r -> r.split(",")[0]).distinct().count()).isEqualTo(rows.size());
        for (String row : rows) {
            String[] f = row.split(",");
            assertThat(Double.parseDouble(f[4])).as(row).isBetween(34.8, 41.8);
            assertThat(Double.parseDouble(f[5])).as(row).isBetween(19.3, 29.7);
            assertThat(row).contains("GeoNames", "geonameid");
        }
        List<String> members = lines("registry/cni-members.csv");
        assertThat(members).hasSize(18);
        for (String member : members) {
            assertThat(seats.seat(Integer.parseInt(member.split(",")[0]))).as(member).isPresent();
        }
    }

    @Test
    void theOutlineIsAClosedPathInsideTheMap() {
        String d = seats.outline();
        assertThat(d).startsWith("M").endsWith("Z");
        assertThat(d.chars().filter(c -> c == 'M').count()).isGreaterThan(10);
        for (String number : d.replaceAll("[MLZ]", " ").trim().split("\\s+")) {
            assertThat(Double.parseDouble(number)).isBetween(-5.0, (double) Math.max(SeatMap.WIDTH, SeatMap.HEIGHT) + 5);
        }
    }

    private static List<String> lines(String path) throws IOException {
        List<String> lines = new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8).lines().toList();
        return lines.subList(1, lines.size());
    }
}
