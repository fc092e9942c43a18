#!/usr/bin/env python3
"""Derive src/main/resources/registry/greece-outline.json: Greece's coastline, simplified.

Reads the Greek feature (A3 = GRC) of the npm package @geo-maps/countries-land-10km 0.6.0
(data from OpenStreetMap, ODbL 1.0), unpacked with:

    npm pack @geo-maps/countries-land-10km@0.6.0 && tar xzf geo-maps-countries-land-10km-0.6.0.tgz

keeps the outer ring of each polygon, simplifies it (Douglas-Peucker, 0.01 degrees) and writes
longitude/latitude pairs with three decimals. The derived file is offered under ODbL 1.0 too.

    python3 scripts/greece-outline.py path/to/package/map.geo.json
"""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/main/resources/registry/greece-outline.json"
TOLERANCE = 0.01


def distance(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


def simplify(points):
    if len(points) < 3:
        return points
    index, far = 0, 0.0
    for i in range(1, len(points) - 1):
        d = distance(points[i], points[0], points[-1])
        if d > far:
            index, far = i, d
    if far <= TOLERANCE:
        return [points[0], points[-1]]
    return simplify(points[:index + 1])[:-1] + simplify(points[index:])


def main():
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    greece = next(f for f in data["features"] if f["properties"].get("A3") == "GRC")
    polygons = []
    for polygon in greece["geometry"]["coordinates"]:
        ring = polygon[0]
        half = len(ring) // 2
        simple = simplify(ring[:half + 1])[:-1] + simplify(ring[half:])
        if len(simple) >= 4:
            polygons.append([[round(x, 3), round(y, 3)] for x, y in simple])
    OUT.write_text(json.dumps({
        "source": "@geo-maps/countries-land-10km 0.6.0, feature GRC, from OpenStreetMap",
        "licence": "ODbL 1.0, (c) OpenStreetMap contributors",
        "polygons": polygons}, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(polygons)} polygons, {sum(len(p) for p in polygons)} points", file=sys.stderr)


if __name__ == "__main__":
    main()
