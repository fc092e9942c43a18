package org.diktyo.insights.map;

import java.util.List;
import java.util.Locale;

import org.diktyo.platform.PublicReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/network/map}: the points of the public map as JSON (public). */
@RestController
@Tag(name = "insights", description = "The network at a glance: the map of members, the dashboard, the activity report")
class NetworkMapApi {

    /** A municipality on the map: its number, names, region, standing and seat (null if unknown). */
    record PointJson(int number, String municipalityId, String nameEl, String nameEn, String regionId,
            String status, Integer joinedYear, Integer joinedMonth, String seatEl, String seatEn, Double lat,
            Double lon, Double x, Double y) {
    }

    /** The map: its size in SVG units and its points. */
    record MapJson(int width, int height, List<PointJson> points) {
    }

    private final DrawNetworkMap draw;

    NetworkMapApi(DrawNetworkMap draw) {
        this.draw = draw;
    }

    @GetMapping("/api/v1/network/map")
    @Operation(summary = "The members (and with candidates=true the candidates) with their seats, as the public map draws them")
    MapJson map(@RequestParam(defaultValue = "false") String candidates) {
        NetworkMap map = draw.draw("true".equals(candidates), Locale.forLanguageTag("el"));
        return new MapJson(SeatMap.WIDTH, SeatMap.HEIGHT, map.entries().stream().map(e -> new PointJson(e.number(),
                e.place().id(), e.place().officialNameEl(), e.place().officialNameEn(), e.place().regionId(),
                e.place().status().name(), e.place().joinedYear(), e.place().joinedMonth(),
                e.seat() == null ? null : e.seat().seatEl(), e.seat() == null ? null : e.seat().seatEn(),
                e.seat() == null ? null : e.seat().lat(), e.seat() == null ? null : e.seat().lon(),
                e.point() == null ? null : e.point().x(), e.point() == null ? null : e.point().y())).toList());
    }

    @Configuration(proxyBeanMethods = false)
    static class MapPublicReads {

        @Bean
        PublicReads insightsPublicReads() {
            return PublicReads.of("/api/v1/network/map");
        }
    }
}
