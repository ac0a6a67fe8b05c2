#!/usr/bin/env python3
"""Writes the bundled sample plans, maps/henan/plan/ and maps/ningxia/plan/, as reviewable CSV.

What a source gives is used as given: the number of districts per city (Table 1 of the Henan
paper), the 57 Henan district names and 9 Ningxia park names in maps/sources/, the provincial
figures of both papers. Every other value is generated deterministically from a hash of the
district and the field (no random state, same output on every machine and Python version) and
listed in the district's `illustrative` column, so the application can say so wherever it shows it.

Run from the repository root:  python3 tools/sample_plans/generate_sample_plans.py [--out DIR]
(--out writes DIR/<province>/plan/ instead of maps/<province>/plan/, e.g. to check that the
bundled plans are what the script makes: tests/tools/sample_plans_test.cmake)
"""
import csv
import hashlib
import json
import math
import os
import statistics
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAPS = os.path.join(ROOT, "maps")
OUT = MAPS

# GB/T 4754 codes as in core/model/sector.cpp (SectorCatalogue::standard) with their categories.
SECTORS = {
    "A01-05": "traditional", "B06": "resource", "B07": "resource", "B08-09": "resource", "B10": "resource",
    "C13-14": "traditional", "C15": "traditional", "C17": "traditional", "C18-19": "traditional",
    "C20-21": "traditional", "C22-23": "traditional", "C25": "resource", "C26": "resource", "C27": "hightech",
    "C29": "traditional", "C30": "resource", "C31": "resource", "C32": "resource", "C33": "traditional",
    "C34": "traditional", "C35": "traditional", "C36": "traditional", "C38": "traditional", "C39": "hightech",
    "C40": "hightech", "SEI-NM": "emerging", "SEI-NE": "emerging", "SEI-BIO": "emerging", "SEI-EP": "emerging",
    "D44": "resource", "F51-52": "service", "G53-60": "service", "I63-65": "service", "J66-69": "service",
    "M73-75": "service",
}
MANUFACTURING = [s for s in SECTORS if s.startswith("C") or s.startswith("SEI")]

INFRASTRUCTURE = ["water", "power", "gas", "waste-water", "roads", "rail-logistics", "broadband",
                  "factory-space", "banks", "rd-institutions", "incubators", "training", "marketing"]


def unit(*parts):
    """A number in [0, 1) fixed by its parts: the same district and field always get the same value."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2.0**64


def pick(options, *parts):
    return options[int(unit(*parts) * len(options))]


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def load_regions(province):
    with open(os.path.join(MAPS, province, "counties.geojson"), encoding="utf-8") as f:
        counties = json.load(f)["features"]
    with open(os.path.join(MAPS, province, "cities.geojson"), encoding="utf-8") as f:
        cities = json.load(f)["features"]
    return ([c["properties"] | {"geometry": c["geometry"]} for c in counties],
            {c["properties"]["code"]: c["properties"] for c in cities})


def rings(geometry):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return polygons


def inside(point, polygon):
    x, y = point
    result = False
    for ring in polygon:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                result = not result
    return result


def interior_point(geometry, salt):
    """A point well inside the county's largest part, moved a little per district so that two
    districts of one county do not sit on top of each other."""
    polygon = max(rings(geometry), key=lambda p: len(p[0]))
    xs = [p[0] for p in polygon[0]]
    ys = [p[1] for p in polygon[0]]
    best, best_distance = None, -1.0
    for i in range(12):
        for j in range(12):
            candidate = (min(xs) + (i + 0.5 + 0.6 * (unit(salt, "x") - 0.5)) * (max(xs) - min(xs)) / 12,
                         min(ys) + (j + 0.5 + 0.6 * (unit(salt, "y") - 0.5)) * (max(ys) - min(ys)) / 12)
            if not inside(candidate, polygon):
                continue
            distance = min(math.hypot(candidate[0] - px, candidate[1] - py) for px, py in polygon[0][::4])
            if distance > best_distance:
                best, best_distance = candidate, distance
    return round(best[0], 5), round(best[1], 5)


# English for the words of real district names (place names come from maps/sources/region_names.csv).
NAME_WORDS = [
    ("高新技术产业开发区", "High-tech Industrial Development Zone"),
    ("高新技术产业集聚区", "High-tech Industrial Agglomeration District"),
    ("经济技术产业集聚区", "Economic and Technological Industrial Agglomeration District"),
    ("航空港产业集聚区", "Airport Industrial Agglomeration District"),
    ("空港产业集聚区", "Airport Industrial Agglomeration District"),
    ("循环经济产业集聚区", "Circular Economy Industrial Agglomeration District"),
    ("再生金属循环产业集聚区", "Recycled Metal Industrial Agglomeration District"),
    ("化工产业集聚区", "Chemical Industrial Agglomeration District"),
    ("纺织产业集聚区", "Textile Industrial Agglomeration District"),
    ("装备产业集聚区", "Equipment Industrial Agglomeration District"),
    ("第二产业集聚区", "Second Industrial Agglomeration District"),
    ("第三产业集聚区", "Third Industrial Agglomeration District"),
    ("产业集聚区", "Industrial Agglomeration District"),
    ("能源化工基地", "Energy and Chemical Base"),
    ("工业园区", "Industrial Park"),
    ("经济技术开发区", "Economic and Technological Development Zone"),
    ("经济开发区", "Economic Development Zone"),
    ("开发区", "Development Zone"),
]
PLACES = {"汴西": "Bianxi", "沁北": "Qinbei", "虎岭": "Huling", "五龙": "Wulong", "大周": "Dazhou", "桥北": "Qiaobei",
          "新东": "Xindong", "金岱": "Jindai", "黎阳": "Liyang", "宁东": "Ningdong", "金积": "Jinji",
          "太阳山": "Taiyangshan", "德胜": "Desheng", "望远": "Wangyuan", "河滨": "Hebin", "宁夏": "Ningxia"}


def english_name(name_zh, names_en):
    """Translates a district or park name word by word; fails loudly on a word it does not know."""
    rest, words = name_zh, []
    for zh, en in sorted(names_en.items(), key=lambda kv: -len(kv[0])):
        if rest.startswith(zh):
            words.append(en)
            rest = rest[len(zh):]
            break
    progress = True
    while rest and progress:
        progress = False
        for zh, en in sorted(list(PLACES.items()) + list(names_en.items()), key=lambda kv: -len(kv[0])):
            if rest.startswith(zh) and not any(rest.startswith(w) for w, _ in NAME_WORDS):
                words.append(en)
                rest = rest[len(zh):]
                progress = True
                break
        for zh, en in NAME_WORDS:
            if rest == zh:
                words.append(en)
                rest = ""
                progress = True
                break
    if rest:
        raise SystemExit(f"no English for '{rest}' in '{name_zh}'")
    return " ".join(words)


def region_names():
    names = {}
    for row in read_csv(os.path.join(MAPS, "sources", "region_names.csv")):
        names[row["name_zh"]] = row["name_en"]
        for suffix in ("市", "县"):
            if row["name_zh"].endswith(suffix) and len(row["name_zh"]) > 2:
                names.setdefault(row["name_zh"][:-1], row["name_en"])
    return names


# Illustrative input coefficients a_ij (value of i per unit of j's output): the main supply chain
# of each sector, written from general knowledge of these industries, not from a statistical table.
IO_CHAINS = {
    "C13-14": {"A01-05": .30, "C29": .03, "C22-23": .03},
    "C15": {"A01-05": .25, "C13-14": .05, "C30": .03},
    "C17": {"A01-05": .15, "C26": .08},
    "C18-19": {"C17": .35, "C29": .03},
    "C20-21": {"A01-05": .15, "C33": .03, "C26": .03},
    "C22-23": {"C20-21": .10, "C26": .08},
    "C25": {"B06": .45, "B07": .20},
    "C26": {"C25": .20, "B10": .06, "B06": .05},
    "C27": {"C26": .18, "SEI-BIO": .08, "A01-05": .05},
    "C29": {"C26": .30},
    "C30": {"B10": .20, "B06": .06},
    "C31": {"B08-09": .30, "B06": .12},
    "C32": {"B08-09": .30},
    "C33": {"C31": .35, "C32": .10},
    "C34": {"C31": .20, "C33": .12, "C32": .05, "C38": .05},
    "C35": {"C31": .15, "C33": .10, "C34": .08, "C38": .06, "C40": .03},
    "C36": {"C31": .12, "C33": .08, "C34": .06, "C29": .06, "C38": .05, "C39": .03},
    "C38": {"C32": .20, "C31": .08, "C33": .06, "C39": .05},
    "C39": {"C32": .05, "C26": .04, "C40": .03},
    "C40": {"C39": .15, "C33": .05},
    "SEI-NM": {"C32": .20, "C26": .15, "B08-09": .05},
    "SEI-NE": {"C38": .15, "C32": .10, "C39": .08, "SEI-NM": .10},
    "SEI-BIO": {"A01-05": .10, "C26": .10},
    "SEI-EP": {"C34": .10, "C35": .08, "C33": .06},
    "D44": {"B06": .35},
    "F51-52": {"G53-60": .05},
    "G53-60": {"C25": .10, "C36": .03},
    "I63-65": {"C39": .08},
    "J66-69": {"I63-65": .03},
    "M73-75": {"C40": .03, "I63-65": .05},
}
COMMON_INPUTS = {"D44": .03, "G53-60": .03, "F51-52": .02, "J66-69": .01}


def io_rows():
    rows = []
    for buyer in SECTORS:
        inputs = dict(IO_CHAINS.get(buyer, {}))
        if buyer in MANUFACTURING:
            for supplier, value in COMMON_INPUTS.items():
                inputs.setdefault(supplier, value)
        for supplier, value in sorted(inputs.items()):
            if supplier != buyer:
                rows.append([supplier, buyer, f"{value:.3f}"])
    return rows


def industry_rows(district, leading, leading_share, size, pool):
    """Output by sector: the leading sector holds `leading_share`; 2-5 others share the rest."""
    key = district["id"]
    others = [s for s in pool if s != leading]
    count = 2 + int(unit(key, "sector-count") * 4)
    chosen = []
    for i in range(count):
        candidate = others[int(unit(key, "sector", i) * len(others))]
        if candidate not in chosen:
            chosen.append(candidate)
    weights = [0.2 + unit(key, "weight", s) for s in chosen]
    shares = [leading_share] + [(1 - leading_share) * w / sum(weights) for w in weights]
    rows = []
    for sector, share in zip([leading] + chosen, shares):
        output = round(size * share, 2)
        employment = round(output * (80 + 120 * unit(key, "jobs", sector)))
        enterprises = max(1, round(output / (0.6 + 1.4 * unit(key, "firms", sector))))
        smes = round(enterprises * (0.80 + 0.15 * unit(key, "sme", sector)))
        high_tech = SECTORS[sector] in ("hightech", "emerging")
        high_tech_output = round(output * ((0.6 + 0.3 * unit(key, "ht", sector)) if high_tech
                                           else 0.05 * unit(key, "ht", sector)), 2)
        rows.append([district["id"], sector, f"{output:.2f}", employment, enterprises, smes, f"{high_tech_output:.2f}"])
    return rows, [leading] + chosen


def infrastructure_rows(district, weakness):
    rows = []
    for item in INFRASTRUCTURE:
        required = round(60 + 30 * unit(district["id"], "required", item))
        current = min(100, round(required * (1.1 - weakness * unit(district["id"], "current", item))))
        rows.append([district["id"], item, current, required])
    return rows


def link_rows(district, sectors, density=None):
    """Input flows between the district's sectors. Without a target density each ordered pair of
    sectors is linked with probability 0.35. With one, the pairs are taken in hash order until
    the linkage density (links / n(n-1)) is the largest not above the target, but at least one
    link when the target is 0.10 or more (so a small park can still reach it)."""
    pairs = [(s, b) for s in sectors for b in sectors if s != b]
    if density is None:
        chosen = [p for p in pairs if unit(district["id"], "link", *p) < 0.35]
    else:
        count = int(density * len(pairs))
        if density >= 0.10:
            count = max(count, math.ceil(0.10 * len(pairs)))
        chosen = sorted(sorted(pairs, key=lambda p: unit(district["id"], "link", *p))[:count], key=pairs.index)
    return [[district["id"], supplier, buyer, f"{1 + 9 * unit(district['id'], 'flow', supplier, buyer):.2f}"]
            for supplier, buyer in chosen]


# The groups of a district's values, in the order of the `illustrative` column, and how the
# generator makes each group's values (written into plan.json as "illustrative_methods").
GROUPS = ["name", "location", "classification", "area", "industries", "leading-industries", "infrastructure",
          "innovation", "finance", "linkages"]
COMMON_METHODS = {
    "name": "A placeholder name made of the host county's name and '产业集聚区' (or '第二/第三产业集聚区' for a "
            "second or third district in one county), because no source names this district.",
    "location": "The point is generated inside the host county (the most interior point of a 12 x 12 grid over "
                "the county, nudged per district); the host county comes from the name or a cited source where "
                "one gives it and is otherwise assumed, as the note column says.",
    "area": "Planned area is drawn per district from a hash (5-30 km² in Henan, 10-70 km² in Ningxia) and built "
            "area is 20-60 % of it, the share drawn per district.",
    "industries": "Total output is drawn per district, 2-5 other sectors share what the leading sector leaves, "
                  "and employment, enterprises, SMEs and high-tech output are drawn per sector from a hash, each "
                  "with its own ratio to output.",
    "infrastructure": "Required provision is drawn per item in 60-90 and current provision is required times "
                      "(1.1 - weakness x hash), capped at 100, with a larger weakness for comprehensive districts.",
    "linkages": "Input flows between a district's own sectors are drawn from a hash of the sector pair (value "
                "1-10), at a density chosen per district, and links to other districts in the leading sector "
                "for about 3 in 10 districts.",
}


def illustrative_keys(placeholder, real_leading):
    """The groups whose values the generator made for one district, in column order."""
    keys = [g for g in GROUPS if not (g == "name" and not placeholder)
            and not (g == "leading-industries" and real_leading)]
    return ";".join(keys)


def methods_for(districts, specific):
    used = []
    for d in districts:
        for key in d["illustrative"].split(";"):
            if key not in used:
                used.append(key)
    methods = COMMON_METHODS | specific
    return {key: methods[key] for key in GROUPS if key in used}


def write_plan(province, info, districts, industries, infrastructure, economy, links, district_links, reference):
    folder = os.path.join(OUT, province, "plan")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "plan.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_csv(os.path.join(folder, "districts.csv"),
              ["id", "name_zh", "name_en", "placeholder_name", "host_county", "lon", "lat", "year", "zone_level",
               "type", "planned_area_km2", "built_area_km2", "leading_industries", "illustrative", "note"],
              [[d[k] for k in ("id", "name_zh", "name_en", "placeholder", "host", "lon", "lat", "year", "zone",
                               "type", "planned", "built", "leading", "illustrative", "note")] for d in districts])
    write_csv(os.path.join(folder, "industries.csv"),
              ["district_id", "sector", "output", "employment", "enterprises", "smes", "high_tech_output"], industries)
    write_csv(os.path.join(folder, "infrastructure.csv"), ["district_id", "item", "current", "required"], infrastructure)
    write_csv(os.path.join(folder, "innovation_finance.csv"),
              ["district_id", "rd_spending", "rd_staff", "patents", "high_tech_enterprises", "fixed_investment",
               "business_income", "listed_companies", "venture_funds"], economy)
    write_csv(os.path.join(folder, "links.csv"), ["district_id", "from_sector", "to_sector", "value"], links)
    write_csv(os.path.join(folder, "district_links.csv"), ["from_id", "to_id", "sector", "value"], district_links)
    write_csv(os.path.join(folder, "io_coefficients.csv"), ["supplier", "buyer", "coefficient"], io_rows())
    write_csv(os.path.join(folder, "reference_economy.csv"), ["region_code", "item", "value", "origin", "source"],
              reference)
    print(f"{province}: {len(districts)} districts, {len(industries)} sector rows, {len(links)} links, "
          f"{len(reference)} reference figures")


NORMAL = statistics.NormalDist()


def spread(members, median, sigma, tag, first=()):
    """Total output for each member: the quantiles (i + 0.5) / n of a log-normal distribution with this
    median and sigma, handed out in hash order, except that the districts in `first` (a source's list of
    the strongest) take the top quantiles."""
    order = sorted(members, key=lambda d: (d["name_zh"] not in first, unit(d["id"], tag)))
    for i, d in enumerate(order):
        q = 1 - (i + 0.5) / len(order)
        d["size"] = median * math.exp(sigma * NORMAL.inv_cdf(q))


def money(value):
    return f"{value:.2f}"


def split(total, weights):
    """`total` (2 decimals) split in proportion to `weights`, the rounding remainder on the last part."""
    cents = round(total * 100)
    parts = [round(cents * w / sum(weights)) for w in weights]
    parts[-1] += cents - sum(parts)
    return [p / 100 for p in parts]


# Share of the province's output in a sector that the plan's districts hold, drawn per sector in
# these ranges, by province and by the first letter of the sector code: manufacturing, the strategic
# emerging industries, mining and power are what the districts gather (Ningxia's few parks hold most
# of its industry); farming and services lie mostly outside them.
DISTRICT_SHARE = {
    "henan": {"industry": (0.20, 0.50), "other": (0.03, 0.12)},
    "ningxia": {"industry": (0.40, 0.80), "other": (0.25, 0.50)},
}
OUTSIDE_SHARE_OF_GDP = (0.005, 0.060)
SCRIPT = "tools/sample_plans/generate_sample_plans.py"


def reference_rows(province, code, gdp, rd, city_codes, districts, industries):
    """reference_economy.csv: GDP and R&D of the province and its cities, the province's output by sector.
    `gdp` and `rd` are (value, origin, source) for the province; city figures and sector outputs are
    generated from the plan and said so in their source column."""
    rows = [[code, "gdp", money(gdp[0]), gdp[1], gdp[2]], [code, "rd-spending", money(rd[0]), rd[1], rd[2]]]
    output_by_city = {c: 0.0 for c in city_codes}
    output_by_sector = {s: 0.0 for s in SECTORS}
    for row in industries:
        district = districts[row[0] - 1]
        output_by_city[district["city"]] += float(row[2])
        output_by_sector[row[1]] += float(row[2])
    mean = sum(output_by_city.values()) / len(city_codes)
    gdp_weights = [(output_by_city[c] + 0.5 * mean) * (0.6 + 0.8 * unit(province, c, "city-gdp")) for c in city_codes]
    city_gdp = split(gdp[0], gdp_weights)
    intensity = [0.4 + 1.2 * unit(province, c, "city-rd") for c in city_codes]
    city_rd = split(rd[0], [g * i for g, i in zip(city_gdp, intensity)])
    for c, g, r in zip(city_codes, city_gdp, city_rd):
        rows.append([c, "gdp", money(g), "illustrative",
                     f"the province's GDP split over its cities in proportion to (the plan's district output in "
                     f"the city + half the mean city's) x a factor drawn per city in 0.6-1.4 ({SCRIPT})"])
        rows.append([c, "rd-spending", money(r), "illustrative",
                     f"the province's R&D spending split over its cities in proportion to city GDP x a factor "
                     f"drawn per city in 0.4-1.6 ({SCRIPT})"])
    for sector in SECTORS:
        inside = round(output_by_sector[sector], 2)
        if inside > 0:
            low, high = DISTRICT_SHARE[province]["industry" if sector[0] in "BCDS" else "other"]
            share = round(low + (high - low) * unit(province, sector, "district-share"), 4)
            value, how = inside / share, (f"the plan's district output in this sector ({inside:.2f}) divided by "
                                          f"{share:.4f}, the share of the province's output the districts are "
                                          f"taken to hold, drawn per sector in {low:.2f}-{high:.2f} ({SCRIPT})")
        else:
            low, high = OUTSIDE_SHARE_OF_GDP
            ratio = round(low + (high - low) * unit(province, sector, "outside-share"), 4)
            value, how = gdp[0] * ratio, (f"no district produces in this sector: {ratio:.4f} x the province's "
                                          f"GDP, the ratio drawn per sector in {low:.3f}-{high:.3f} ({SCRIPT})")
        rows.append([code, "output:" + sector, money(value), "illustrative", how])
    return rows


# Table 1 of the Henan paper, column A: industrial agglomeration districts per city (175).
TABLE1_A = {410300: 17, 411500: 15, 410100: 14, 410700: 13, 411300: 13, 411700: 12, 411400: 11, 411600: 11,
            410400: 10, 410500: 9, 410200: 8, 410900: 8, 411000: 8, 410800: 7, 411200: 7, 411100: 5, 410600: 4,
            419000: 3}
# Host counties of named districts whose name gives only the city (or an old place name), with the
# source or reason (recorded in the district's note). The other city-named districts take an urban
# district of their city, and the note says the host is assumed.
KNOWN_HOSTS = {
    "黎阳产业集聚区": ("浚县", "host inferred: 黎阳 is the old name of Xun County's seat"),
    "洛阳高新技术产业集聚区": ("涧西区", "host: Luoyang's high-tech zone lies in 涧西区 (issue 14)"),
    "洛阳空港产业集聚区": ("孟津县", "host: '孟津县洛阳空港产业集聚区', https://bhah.cn/news/show.php?itemid=618"),
    "平顶山化工产业集聚区": ("叶县", "host: '平顶山化工产业聚集区位于叶县龚店乡境内' (2008), "
                                 "http://www.ccaon.com/content.asp?aim_id_field_true=ecrp_id&id=5741"
                                 "&inner_table=new_notprod_mrjd"),
    "郑州金岱产业集聚区": ("管城回族区", "host: a henan.gov.cn photo caption calls it 郑州市管城金岱产业集聚区 "
                                   "(maps/sources/henan_district_names_seen.csv)"),
    "郑州经济技术产业集聚区": ("管城回族区", "host assumed: the zone lies in the city's south-east, next to "
                                     "管城回族区 (its exact county was not checked against a source)"),
    "郑州航空港产业集聚区": ("新郑市", "host: Zhengzhou Xinzheng airport, around which the district lies, is in "
                                  "新郑市 (parts reach into 中牟县)"),
}
# The industries the Henan paper names, and the sector a specialised name implies.
NAMED_LEADERS = [("化工", "C26"), ("纺织", "C17"), ("装备", "C35"), ("再生金属", "C32"), ("循环经济", "SEI-EP"),
                 ("航空港", "C39"), ("空港", "C39")]
# Leading industries a source states for a named district (the 2014 SME characteristic-cluster
# shortlist in maps/sources/henan_district_names_seen.csv), mapped to the catalogue.
STATED_LEADERS = {"新野县产业集聚区": "C18-19", "驻马店装备产业集聚区": "C36", "通许县产业集聚区": "C36",
                  "舞钢市产业集聚区": "C31", "偃师市产业集聚区": "C36", "淅川县产业集聚区": "C36",
                  "夏邑县产业集聚区": "C18-19", "南召县产业集聚区": "C30", "荥阳市五龙产业集聚区": "C35"}
# The 2010 top-ten list (豫政〔2011〕15号 Annex 1): they take the largest outputs of their group.
TOP_TEN_2010 = ("郑州高新技术产业集聚区", "新乡高新技术产业集聚区", "漯河经济技术产业集聚区", "洛阳高新技术产业集聚区",
                "长葛市产业集聚区", "西峡县产业集聚区", "沁阳市沁北产业集聚区", "民权县产业集聚区", "开封汴西产业集聚区",
                "安阳高新技术产业集聚区")
COMPREHENSIVE_LEADERS = ["C13-14", "C30", "C17", "C34", "C33", "C36", "C38", "C26", "C18-19", "C20-21", "C29",
                         "C15", "C31", "C32", "C22-23"]
HIGH_TECH_LEADERS = ["C39", "C27", "SEI-NM", "C40", "SEI-NE", "SEI-BIO"]
# Median total output (100 million yuan) and log-normal sigma per district type, Henan 2009.
HENAN_OUTPUT = {"high-tech": (150, 0.70), "clearly-positioned": (75, 0.55), "comprehensive": (36, 0.65)}


def henan():
    counties, cities = load_regions("henan")
    names_en = region_names()
    by_name = {c["name_zh"]: c for c in counties}
    seen = read_csv(os.path.join(MAPS, "sources", "henan_district_names_seen.csv"))

    assigned = {code: [] for code in TABLE1_A}
    city_named = []
    for row in seen:
        name = row["name_as_printed"]
        host = row["host_named_in_name"].split(" ")[0]
        note = f"name: {row['source_url']}"
        if name in KNOWN_HOSTS:
            host, reason = KNOWN_HOSTS[name]
            note += f"; {reason}"
        if host in by_name:
            county = by_name[host]
        else:
            city_named.append((row, host, note))
            continue
        assigned[county["parent_code"]].append({"name_zh": name.replace("临颖", "临颍"), "host": county["code"],
                                                "county": county, "placeholder": "false", "note": note})
    # Names that give only the city: an urban district of the city not yet taken (assumed).
    for row, host, note in city_named:
        city = next(c for c in cities.values() if c["name_zh"] == host + "市")
        urban = [c for c in counties if c["parent_code"] == city["code"] and c["kind"] == "district"]
        used = [d["host"] for d in assigned[city["code"]]]
        county = next((c for c in urban if c["code"] not in used), urban[0])
        assigned[city["code"]].append({"name_zh": row["name_as_printed"], "host": county["code"], "county": county,
                                       "placeholder": "false",
                                       "note": f"{note}; host assumed: the name gives only the city"})
    order_seen = [row["name_as_printed"].replace("临颖", "临颍") for row in seen]

    districts = []
    for city_code in sorted(TABLE1_A):
        real = sorted(assigned[city_code], key=lambda d: order_seen.index(d["name_zh"]))
        need = TABLE1_A[city_code] - len(real)
        if need < 0:
            raise SystemExit(f"more named districts than Table 1 allows in {city_code}")
        members = sorted((c for c in counties if c["parent_code"] == city_code), key=lambda c: c["code"])
        used = {d["host"] for d in real}
        order = ([c for c in members if c["kind"] != "district" and c["code"] not in used] +
                 [c for c in members if c["kind"] == "district" and c["code"] not in used] +
                 [c for c in members if c["kind"] != "district"] + members)
        placeholders = []
        for county in order[:need]:
            # Jiyuan holds three districts in one county-level unit: each needs its own name.
            earlier = sum(d["host"] == county["code"] for d in real + placeholders)
            suffix = ("产业集聚区", "第二产业集聚区", "第三产业集聚区")[earlier]
            placeholders.append({"name_zh": county["name_zh"] + suffix, "host": county["code"], "county": county,
                                 "placeholder": "true", "note": "placeholder name: no source names this district"})
        for d in real + placeholders:
            d["id"] = len(districts) + 1
            d["city"] = city_code
            districts.append(d)

    def named(fragment):
        return next(d for d in districts if fragment in d["name_zh"])

    # Provincial figures of the paper: 4 districts on state-level zones (Zhengzhou and Luoyang),
    # 22 on provincial zones; 8 high-tech districts, 23 clearly positioned.
    state = [named("郑州高新"), named("郑州经济技术"), named("郑州航空港"), named("洛阳高新")]
    # Provincial zones go to the named districts in the order of the source lists (the 2010 top ten first).
    by_seen = [next(d for d in districts if d["name_zh"] == name) for name in order_seen]
    provincial = [d for d in by_seen if d not in state][:22]
    high_tech = [named("郑州高新"), named("新乡高新"), named("洛阳高新"), named("安阳高新")]
    for city in (411300, 410300, 410100, 411000):  # Nanyang, Luoyang, Zhengzhou, Xuchang
        high_tech.append(next(d for d in districts if d["city"] == city and d["county"]["kind"] == "district"
                              and d["placeholder"] == "true" and d not in high_tech))
    leaders = {}
    for d in districts:
        for fragment, sector in NAMED_LEADERS:
            if fragment in d["name_zh"]:
                leaders[d["id"]] = sector
    paper_leaders = {named("漯河经济技术")["id"]: "C13-14",  # Luohe food processing
                     named("长垣县")["id"]: "C34"}           # Changyuan lifting equipment
    leaders |= paper_leaders
    xuchang = next(d for d in districts if d["city"] == 411000 and d not in high_tech and d["id"] not in leaders)
    leaders[xuchang["id"]] = "C38"                     # Xuchang power equipment
    positioned = [d for d in districts if d["id"] in leaders and d not in high_tech]
    rest = sorted((d for d in districts if d not in positioned and d not in high_tech),
                  key=lambda d: unit(d["id"], "positioned"))
    positioned += rest[:23 - len(positioned)]
    for d in districts:
        if d["name_zh"] in STATED_LEADERS:
            leaders[d["id"]] = STATED_LEADERS[d["name_zh"]]
            d["note"] += "; leading industry as stated in the 2014 SME shortlist"

    for d in districts:
        d["type"] = "high-tech" if d in high_tech else "clearly-positioned" if d in positioned else "comprehensive"
    for kind, (median, sigma) in HENAN_OUTPUT.items():
        spread([d for d in districts if d["type"] == kind], median, sigma, "size", TOP_TEN_2010)

    industries, infrastructure, economy, links = [], [], [], []
    weights = {d["id"]: 0.3 + unit(d["id"], "investment") for d in districts}
    for d in districts:
        county = d["county"]
        d["name_en"] = english_name(d["name_zh"], names_en)
        d["lon"], d["lat"] = interior_point(county["geometry"], d["id"])
        d["year"] = 2009
        d["zone"] = "state" if d in state else "provincial" if d in provincial else pick(["municipal", "county"], d["id"], "zone") if county["kind"] == "district" else "county"
        size = d["size"]
        if d["type"] == "high-tech":
            leading = leaders.get(d["id"], pick(HIGH_TECH_LEADERS, d["id"], "lead"))
            share = 0.30 + 0.09 * unit(d["id"], "share")
        elif d["type"] == "clearly-positioned":
            leading = leaders.get(d["id"], pick(COMPREHENSIVE_LEADERS, d["id"], "lead"))
            share = 0.45 + 0.2 * unit(d["id"], "share")
        else:
            leading = leaders.get(d["id"], pick(COMPREHENSIVE_LEADERS, d["id"], "lead"))
            share = 0.15 + 0.23 * unit(d["id"], "share")
        d["planned"] = f"{5 + 25 * unit(d['id'], 'area'):.1f}"
        d["built"] = f"{float(d['planned']) * (0.2 + 0.4 * unit(d['id'], 'built')):.1f}"
        d["leading"] = leading
        d["illustrative"] = illustrative_keys(d["placeholder"] == "true", d["id"] in paper_leaders)
        rows, sectors = industry_rows(d, leading, share, size, MANUFACTURING + ["A01-05", "F51-52", "G53-60"])
        industries += rows
        infrastructure += infrastructure_rows(d, weakness=0.8 if d["type"] == "comprehensive" else 0.5)
        links += link_rows(d, sectors)
        output = sum(float(r[2]) for r in rows)
        income = round(output * (0.88 + 0.34 * unit(d["id"], "income")), 2)
        rd_rate = (0.008 + 0.014 * unit(d["id"], "rd")) if d["type"] == "high-tech" else 0.001 + 0.009 * unit(d["id"], "rd")
        rd = round(income * rd_rate, 2)
        d["economy"] = [d["id"], f"{rd:.2f}", round(rd * (25 + 35 * unit(d["id"], "rd-staff"))),
                        round(rd * (15 + 30 * unit(d["id"], "patents"))),
                        round(3 * unit(d["id"], "hte") * (4 if d["type"] == "high-tech" else 1)), None, f"{income:.2f}",
                        1 if unit(d["id"], "listed") < 0.06 else 0, int(2.5 * unit(d["id"], "venture") ** 3)]
    # 68.73 billion yuan of fixed investment by May 2009, spread over the districts.
    total = sum(weights.values())
    cents = {i: round(68730 * w / total) for i, w in weights.items()}
    cents[districts[-1]["id"]] += 68730 - sum(cents.values())
    for d in districts:
        d["economy"][5] = f"{cents[d['id']] / 100:.2f}"
        economy.append(d["economy"])

    district_links = []
    for d in districts:
        partner = districts[int(unit(d["id"], "partner") * len(districts))]
        if partner["id"] != d["id"] and unit(d["id"], "has-partner") < 0.3:
            district_links.append([d["id"], partner["id"], d["leading"], f"{2 + 18 * unit(d['id'], 'partner-flow'):.2f}"])
    gdp = 19367.28
    reference = reference_rows(
        "henan", 410000, (gdp, "entered", "河南省2009年国民经济和社会发展统计公报 (Henan statistical communiqué on "
                                         "2009, preliminary figure 初步核算; the yearbook later revised it)"),
        (round(gdp * 0.009, 2), "illustrative", f"0.90 % of the province's GDP, an assumed R&D intensity ({SCRIPT})"),
        sorted(TABLE1_A), districts, industries)
    info = {
        "province": "henan",
        "title_zh": "河南省产业集聚区规划（2009年示例）",
        "title_en": "Henan industrial agglomeration districts, 2009 (sample plan)",
        "year": 2009,
        "source": "Henan paper (shared/seeds/000_*): Table 1 districts per city; 4 state-level, 22 provincial, "
                  "8 high-tech, 23 clearly positioned; 68.73 billion yuan fixed investment by May 2009; Luohe food, "
                  "Changyuan lifting equipment, Xuchang power equipment; 2012 income goals (2-3 districts at 100, "
                  "10 at 50, 50 at 10 billion yuan), which the 2009 sample stays below. 57 real names: "
                  "maps/sources/henan_district_names_seen.csv. Henan's 2009 GDP: the statistical communiqué.",
        "illustrative": "Values no source gives are generated by tools/sample_plans/generate_sample_plans.py and "
                        "listed per district in the 'illustrative' column; the input coefficients are illustrative.",
        "illustrative_methods": methods_for(districts, {
            "classification": "Zone levels and types follow the paper's counts (4 state, 22 provincial, 8 "
                              "high-tech, 23 clearly positioned): named districts take them in the order of the "
                              "source lists and the rest are chosen by a hash; the year is 2009.",
            "leading-industries": "The sector a specialised name or a source states where there is one, "
                                  "otherwise a sector drawn by hash from a list for the district's type.",
            "innovation": "R&D spending is business income times a rate drawn per district (0.8-2.2 % for "
                          "high-tech districts, 0.1-1.0 % for the others); R&D staff, patents and high-tech "
                          "enterprises are drawn per district, each with its own ratio.",
            "finance": "Total output follows a log-normal distribution per district type, with the 2010 top-ten "
                       "districts largest, and business income is output times 0.88-1.22 drawn per district "
                       "(so the 2009 incomes stay below the 2012 goals); the 68.73 billion yuan of fixed "
                       "investment is split by weights drawn per district; listed companies and venture funds "
                       "are drawn per district.",
        }),
    }
    write_plan("henan", info, districts, industries, infrastructure, economy, links, district_links, reference)


# Ningxia's parks: those the paper names (Ningdong, Yinchuan, Desheng, Wangyuan, Lingwu, Hebin) and
# those in maps/sources/ningxia_park_names_seen.csv, with the "five advantages and a new" clusters
# as their leading industries. (name, host county, leading sector, note)
NINGXIA_PARKS = [
    ("宁东能源化工基地", 640181, "C25", "named in the paper; coal chemical base; host: 宁东镇 lies in Lingwu"),
    ("银川经济技术开发区", 640105, "C35", "named in the paper (Yinchuan); CNC machine tools; host: gazetteer "
                                        "entries on 西夏区 say '银川(国家级)经济技术开发区设在本区'"),
    ("德胜工业园区", 640122, "C34", "named in the paper; host from postal addresses (Helan County)"),
    ("望远工业园区", 640121, "C33", "named in the paper; host: 望远镇 lies in Yongning County"),
    ("灵武羊绒产业园区", 640181, "C17", "placeholder name for the paper's Lingwu park"),
    ("石嘴山河滨工业园区", 640205, "D44", "named in the paper (Hebin); host: 河滨街道 lies in Huinong District; "
                                          "coal and power"),
    ("石嘴山高新技术产业开发区", 640202, "SEI-NM", "name list; rare-metal new materials; host assumed Dawukou "
                                                  "District"),
    ("宁夏吴忠金积工业园区", 640302, "C13-14", "name list; host: 金积镇 lies in Litong District"),
    ("宁夏青铜峡工业园区", 640381, "C32", "name list"),
    ("吴忠太阳山开发区", 640303, "C26", "name list; host assumed Hongsibu District"),
    ("宁夏盐池工业园区", 640323, "C25", "name list"),
    ("宁夏同心工业园区", 640324, "A01-05", "name list; specialty agriculture"),
    ("中卫工业园区", 640502, "I63-65", "placeholder name; information industry ('a new')"),
    ("固原经济开发区", 640402, "C13-14", "placeholder name; specialty agriculture processing"),
]
# The paper sees cluster tendencies in the Ningdong energy and chemical base, the materials zone and
# the Yinchuan development area (4.1); the rest of Ningxia's clusters are still forming (1.3, 5.2).
NINGXIA_ORGANIZED = ("宁东能源化工基地", "银川经济技术开发区", "石嘴山高新技术产业开发区")
# Parks without a specialised name or cluster, not centred on one industry (4.2.2).
NINGXIA_UNFOCUSED = ("中卫工业园区", "固原经济开发区")


def ningxia():
    counties, cities = load_regions("ningxia")
    by_code = {c["code"]: c for c in counties}
    names_en = region_names()
    districts, industries, infrastructure, economy, links = [], [], [], [], []
    # The paper's figures for 2006-07: 761 enterprises of which 641 small, 11 listed companies.
    enterprise_weights = [0.5 + unit(i, "firms-weight") for i in range(len(NINGXIA_PARKS))]
    for index, (name, host, leading, note) in enumerate(NINGXIA_PARKS):
        d = {"id": index + 1, "name_zh": name, "host": host, "county": by_code[host], "note": note,
             "city": by_code[host]["parent_code"], "placeholder": "true" if note.startswith("placeholder") else "false"}
        d["name_en"] = english_name(name.replace("羊绒产业园区", "工业园区"), names_en)
        if "羊绒" in name:
            d["name_en"] = d["name_en"].replace("Industrial Park", "Cashmere Industrial Park")
        d["lon"], d["lat"] = interior_point(d["county"]["geometry"], d["id"] + 1000)
        d["year"] = 2008
        d["zone"] = "state" if name in ("宁东能源化工基地", "银川经济技术开发区") else "provincial"
        if "高新" in name:
            d["type"] = "high-tech"
        else:
            d["type"] = "comprehensive" if name in NINGXIA_UNFOCUSED else "clearly-positioned"
        d["planned"] = f"{10 + 60 * unit(d['id'], 'nx-area'):.1f}"
        d["built"] = f"{float(d['planned']) * (0.2 + 0.4 * unit(d['id'], 'nx-built')):.1f}"
        d["leading"] = leading
        d["illustrative"] = illustrative_keys(d["placeholder"] == "true", False)
        size = 30 + 200 * unit(d["id"], "nx-size")
        share = (0.25 + 0.13 * unit(d["id"], "nx-share") if name in NINGXIA_UNFOCUSED
                 else 0.42 + 0.2 * unit(d["id"], "nx-share"))
        rows, sectors = industry_rows(d, leading, share, size, MANUFACTURING + ["B06", "D44", "A01-05", "G53-60"])
        industries += rows
        infrastructure += infrastructure_rows(d, weakness=0.7)
        # Linkage density below the organised threshold (0.10) for forming clusters, 0.10-0.19 for the three
        # the paper sees taking shape: none reaches the innovative stage's 0.20.
        density = (0.10 + 0.09 * unit(d["id"], "nx-density") if name in NINGXIA_ORGANIZED
                   else 0.02 + 0.075 * unit(d["id"], "nx-density"))
        links += link_rows(d, sectors, density)
        output = sum(float(r[2]) for r in rows)
        income = round(output * (0.85 + 0.40 * unit(d["id"], "nx-income")), 2)
        rd = round(income * (0.004 + 0.006 * unit(d["id"], "nx-rd")), 2)  # around the paper's 0.7%
        investment = round(output * (0.35 + 0.70 * unit(d["id"], "nx-investment")), 2)
        economy.append([d["id"], f"{rd:.2f}", round(rd * (25 + 35 * unit(d["id"], "nx-rd-staff"))),
                        round(rd * (10 + 25 * unit(d["id"], "nx-patents"))), round(2 * unit(d["id"], "nx-hte")),
                        f"{investment:.2f}", f"{income:.2f}", 0, int(2 * unit(d["id"], "nx-venture") ** 2)])
        districts.append(d)
    # Enterprises and listed companies add up to the paper's totals.
    firms = [round(761 * w / sum(enterprise_weights)) for w in enterprise_weights]
    firms[-1] += 761 - sum(firms)
    small = [round(641 * f / 761) for f in firms]
    small[-1] += 641 - sum(small)
    by_district = {}
    for row in industries:
        by_district.setdefault(row[0], []).append(row)
    for d, total_firms, total_small in zip(districts, firms, small):
        rows = by_district[d["id"]]
        shares = [float(r[2]) for r in rows]
        allocated = [max(1, round(total_firms * s / sum(shares))) for s in shares]
        allocated[0] += total_firms - sum(allocated)
        smes = [min(a, round(total_small * a / total_firms)) for a in allocated]
        smes[0] = min(allocated[0], smes[0] + total_small - sum(smes))
        for r, a, s in zip(rows, allocated, smes):
            r[4], r[5] = a, s
    for index in sorted(range(len(districts)), key=lambda i: -float(economy[i][6]))[:11]:
        economy[index][7] = 1
    gdp = 1098.51
    reference = reference_rows(
        "ningxia", 640000, (gdp, "entered", "宁夏回族自治区2008年国民经济和社会发展统计公报 (Ningxia statistical "
                                           "communiqué on 2008, preliminary figure 初步核算)"),
        (round(gdp * 0.007, 2), "entered", "Ningxia paper (shared/seeds/002_*, 4.2.5): 'Ningxia's R&D is only 0.7% "
                                           "of GDP', applied to the 2008 GDP above"),
        sorted(cities), districts, industries)
    info = {
        "province": "ningxia",
        "title_zh": "宁夏产业园区与产业集群（2008年示例）",
        "title_en": "Ningxia industrial parks and clusters, 2008 (sample plan)",
        "year": 2008,
        "source": "Ningxia paper (shared/seeds/002_*): parks named in 5.2.2; the 'five advantages and a new' "
                  "clusters; 761 enterprises of which 641 small; 11 listed companies; R&D 0.7% of GDP; clusters "
                  "still at the formation stage (1.3, 5.2), with tendencies in Ningdong, the materials zone and "
                  "Yinchuan (4.1). Park names: maps/sources/ningxia_park_names_seen.csv. Ningxia's 2008 GDP: the "
                  "statistical communiqué.",
        "illustrative": "Values no source gives are generated by tools/sample_plans/generate_sample_plans.py and "
                        "listed per park in the 'illustrative' column; the input coefficients are illustrative.",
        "illustrative_methods": methods_for(districts, {
            "classification": "The two parks the paper names as national bases are state-level and the others "
                              "provincial; a park is high-tech by its name, comprehensive when it has no "
                              "specialised cluster, clearly positioned otherwise; the year is 2008.",
            "leading-industries": "Each park is given one of the paper's 'five advantages and a new' clusters "
                                  "that fits its name or location, an assumption of the generator.",
            "innovation": "R&D spending is business income times 0.4-1.0 % drawn per park (around the paper's "
                          "0.7 % of GDP); R&D staff, patents and high-tech enterprises are drawn per park, each "
                          "with its own ratio.",
            "finance": "Total output is drawn per park (30-230), business income is output times 0.85-1.25 and "
                       "fixed investment output times 0.35-1.05, both drawn per park; the 11 listed companies go "
                       "to the 11 parks with the largest income; venture funds are drawn per park.",
            "linkages": "Input flows between a park's own sectors are drawn from a hash of the sector pair (value "
                        "1-10), as many as keep the linkage density below 0.10 (the paper's forming clusters) or, "
                        "for Ningdong, Yinchuan and Shizuishan's materials zone, between 0.10 and 0.19.",
        }),
    }
    write_plan("ningxia", info, districts, industries, infrastructure, economy, links, [], reference)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--out"] and len(sys.argv) == 3:
        OUT = os.path.abspath(sys.argv[2])
    elif len(sys.argv) > 1:
        raise SystemExit("usage: generate_sample_plans.py [--out DIR]")
    henan()
    ningxia()
