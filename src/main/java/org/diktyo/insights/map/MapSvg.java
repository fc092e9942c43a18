package org.diktyo.insights.map;

import java.util.List;

/**
 * The map as one SVG made on the server: Greece's outline, a filled dot for each member and a
 * ring for each candidate, numbered as in the table beside it, each a link to the
 * municipality's page with its name as {@code <title>}. Where members crowd (Attica,
 * Thessaloniki) the dots are drawn again in an inset box at a larger scale, over empty parts of
 * the map. {@code role="img"} with a title and a description; the table is the content.
 */
public final class MapSvg {

    /** An area drawn again larger in a box at (x, y) of the map. */
    record Inset(String label, double south, double north, double west, double east, double zoom, double x, double y) {

        SeatMap.Point place(double lat, double lon) {
            SeatMap.Point p = SeatMap.project(lat, lon);
            SeatMap.Point corner = SeatMap.project(north, west);
            return new SeatMap.Point(Math.round((x + (p.x() - corner.x()) * zoom) * 10) / 10.0,
                    Math.round((y + (p.y() - corner.y()) * zoom) * 10) / 10.0);
        }

        boolean holds(double lat, double lon) {
            return lat >= south && lat <= north && lon >= west && lon <= east;
        }

        double width() {
            return (SeatMap.project(north, east).x() - SeatMap.project(north, west).x()) * zoom;
        }

        double height() {
            return (SeatMap.project(south, west).y() - SeatMap.project(north, west).y()) * zoom;
        }
    }

    private MapSvg() {
    }

    /** Insets: Athens and Piraeus at the bottom left (open sea), Thessaloniki at the top left (outside Greece). */
    static List<Inset> insets(String attica, String thessaloniki) {
        return List.of(new Inset(attica, 37.85, 38.15, 23.55, 23.95, 6, 4, 310),
                new Inset(thessaloniki, 40.52, 40.72, 22.78, 23.08, 7, 4, 30));
    }

    /**
     * @param title       the image's title
     * @param description one sentence: how many members in how many regions
     */
    public static String render(NetworkMap map, SeatMap seats, String title, String description, String attica,
            String thessaloniki, boolean standalone) {
        List<Inset> insets = insets(attica, thessaloniki);
        StringBuilder svg = new StringBuilder(16384);
        svg.append(standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network-map\" viewBox=\"0 0 ")
                .append(SeatMap.WIDTH).append(' ').append(SeatMap.HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"map-title map-desc\""
                        + " font-family=\"Arial, sans-serif\"><title id=\"map-title\">")
                .append(escape(title)).append("</title><desc id=\"map-desc\">").append(escape(description))
                .append("</desc><rect width=\"100%\" height=\"100%\" fill=\"#f3f8fb\"/>")
                .append("<path d=\"").append(seats.outline())
                .append("\" fill=\"#e6ede3\" stroke=\"#505a5f\" stroke-width=\"0.6\"/>");
        for (Inset inset : insets) {
            SeatMap.Point a = SeatMap.project(inset.north(), inset.west());
            SeatMap.Point b = SeatMap.project(inset.south(), inset.east());
            svg.append("<rect x=\"").append(a.x()).append("\" y=\"").append(a.y()).append("\" width=\"")
                    .append(Math.round((b.x() - a.x()) * 10) / 10.0).append("\" height=\"")
                    .append(Math.round((b.y() - a.y()) * 10) / 10.0)
                    .append("\" fill=\"none\" stroke=\"#505a5f\" stroke-dasharray=\"2 2\"/>")
                    .append("<rect x=\"").append(inset.x()).append("\" y=\"").append(inset.y()).append("\" width=\"")
                    .append(Math.round(inset.width() * 10) / 10.0).append("\" height=\"")
                    .append(Math.round(inset.height() * 10) / 10.0)
                    .append("\" fill=\"#ffffff\" stroke=\"#505a5f\"/><text x=\"").append(inset.x() + 4)
                    .append("\" y=\"").append(inset.y() - 4).append("\" font-size=\"11\" fill=\"#0b0c0c\">")
                    .append(escape(inset.label())).append("</text>");
        }
        for (NetworkMap.Entry entry : map.entries()) {
            if (!entry.drawn()) {
                continue;
            }
            Inset inside = insets.stream().filter(i -> i.holds(entry.seat().lat(), entry.seat().lon())).findFirst()
                    .orElse(null);
            dot(svg, entry, entry.point(), inside == null, standalone);
            if (inside != null) {
                dot(svg, entry, inside.place(entry.seat().lat(), entry.seat().lon()), true, standalone);
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A dot, a link to the municipality's page in the image alone; in a page the image is
     * {@code role="img"} and holds no control (the table beside it has the links).
     */
    private static void dot(StringBuilder svg, NetworkMap.Entry entry, SeatMap.Point p, boolean numbered,
            boolean linked) {
        String name = entry.place().officialNameEl() + " / " + entry.place().officialNameEn();
        svg.append(linked ? "<a href=\"/municipalities/" + escape(entry.place().id()) + "\"" : "<g").append(" class=\"")
                .append(entry.member() ? "map-member" : "map-candidate").append("\"><title>").append(entry.number())
                .append(". ").append(escape(name)).append("</title><circle cx=\"").append(p.x()).append("\" cy=\"")
                .append(p.y()).append("\" r=\"").append(numbered ? 4.5 : 3).append('"')
                .append(entry.member() ? " fill=\"#1d70b8\" stroke=\"#ffffff\"" : " fill=\"#ffffff\" stroke=\"#1d70b8\" stroke-width=\"2\"")
                .append("/>");
        if (numbered) {
            svg.append("<text x=\"").append(Math.round((p.x() + 6) * 10) / 10.0).append("\" y=\"")
                    .append(Math.round((p.y() + 4) * 10) / 10.0).append("\" font-size=\"10\" fill=\"#0b0c0c\">")
                    .append(entry.number()).append("</text>");
        }
        svg.append(linked ? "</a>" : "</g>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
