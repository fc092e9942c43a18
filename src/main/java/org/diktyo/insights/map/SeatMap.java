package org.diktyo.insights.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The seats of the municipalities and Greece's outline, shipped with the registry
 * ({@code registry/municipality-seats.csv}, GeoNames, CC BY 4.0; {@code registry/greece-outline.json},
 * OpenStreetMap, ODbL), and the projection that places them on the map: equirectangular,
 * longitude scaled by cos 38.5°, over Greece's bounding box (34.8–41.8 N, 19.3–29.7 E).
 */
@Component
public class SeatMap {

    /** A seat: its names and coordinates in degrees. */
    public record Seat(int sourceId, String seatEl, String seatEn, double lat, double lon) {
    }

    /** A point on the map, in SVG units. */
    public record Point(double x, double y) {
    }

    static final double NORTH = 41.8;
    static final double SOUTH = 34.8;
    static final double WEST = 19.3;
    static final double EAST = 29.7;
    static final double SCALE = 60;
    static final double COS = Math.cos(Math.toRadians(38.5));
    public static final int WIDTH = (int) Math.ceil((EAST - WEST) * COS * SCALE);
    public static final int HEIGHT = (int) Math.ceil((NORTH - SOUTH) * SCALE);

    private final Map<Integer, Seat> seats;
    private final String outline;

    SeatMap(ObjectMapper json) {
        this.seats = readSeats();
        this.outline = readOutline(json);
    }

    public Optional<Seat> seat(int sourceId) {
        return Optional.ofNullable(seats.get(sourceId));
    }

    public int size() {
        return seats.size();
    }

    public static Point project(double lat, double lon) {
        return new Point(round((lon - WEST) * COS * SCALE), round((NORTH - lat) * SCALE));
    }

    /** The inverse of {@link #project}: the latitude and longitude of a point. */
    public static double[] unproject(Point point) {
        return new double[] {NORTH - point.y() / SCALE, WEST + point.x() / SCALE / COS};
    }

    /** Greece's outline as the {@code d} of an SVG path. */
    public String outline() {
        return outline;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Map<Integer, Seat> readSeats() {
        Map<Integer, Seat> seats = new HashMap<>();
        try (InputStream in = new ClassPathResource("registry/municipality-seats.csv").getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", 8);
                seats.put(Integer.parseInt(f[0]), new Seat(Integer.parseInt(f[0]), f[2], f[3],
                        Double.parseDouble(f[4]), Double.parseDouble(f[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(seats);
    }

    private static String readOutline(ObjectMapper json) {
        try (InputStream in = new ClassPathResource("registry/greece-outline.json").getInputStream()) {
            StringBuilder d = new StringBuilder(8192);
            for (JsonNode polygon : json.readTree(in).get("polygons")) {
                List<JsonNode> points = polygon.valueStream().toList();
                for (int i = 0; i < points.size(); i++) {
                    Point p = project(points.get(i).get(1).asDouble(), points.get(i).get(0).asDouble());
                    d.append(i == 0 ? 'M' : 'L').append(p.x()).append(' ').append(p.y());
                }
                d.append('Z');
            }
            return d.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
