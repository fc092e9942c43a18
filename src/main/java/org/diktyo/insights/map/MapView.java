package org.diktyo.insights.map;

import java.util.List;

/** The map page: the map's SVG, the table's rows, whether candidates are shown, and the counts. */
public record MapView(String svg, List<Row> rows, boolean candidates, long members, long regions) {

    /** One row of the table beside the map. */
    public record Row(int number, String id, String name, String region, String joined, boolean member,
            boolean drawn) {
    }
}
