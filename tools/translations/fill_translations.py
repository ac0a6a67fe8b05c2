#!/usr/bin/env python3
"""Fills unfinished messages of a Qt Linguist .ts file from a TSV of translations.

Usage: fill_translations.py FILE.ts TRANSLATIONS.tsv...

Each TSV row is: context, English source, translation (\\n and \\t escaped; no header).
A message is filled only while it is unfinished, so translators' edits in Linguist win.
Prints how many were filled and which unfinished messages still have no translation.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(field):
    return field.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def read_rows(paths):
    rows = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}, line {number}: expected 3 tab-separated fields, found {len(parts)}")
                context, source, translation = (unescape(p) for p in parts)
                rows[(context, source)] = translation
    return rows


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ts_path, tsv_paths = sys.argv[1], sys.argv[2:]
    rows = read_rows(tsv_paths)
    tree = ET.parse(ts_path)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            text = rows.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            translation.attrib.pop("type")
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                form = ET.SubElement(translation, "numerusform")
                form.text = text
                translation.text = None
            else:
                translation.text = text
            filled += 1
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"{ts_path}: filled {filled}; still unfinished: {len(missing)}")
    for name, source in missing[:50]:
        print(f"  {name}\t{source!r}")


if __name__ == "__main__":
    main()
