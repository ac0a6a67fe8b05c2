#!/bin/bash
# Extracts every tr() string from the sources into resources/translations/*.ts (Qt Linguist).
# Translate the new entries with linguist, then rebuild: the .qm files are compiled and embedded.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
for ts in resources/translations/*.ts; do
    # English needs only its plural forms ("%n class(es)" -> "1 class", "5 classes").
    only=""
    case "$ts" in *_en.ts) only="-pluralonly" ;; esac
    /usr/lib/qt6/bin/lupdate $only -no-obsolete -locations none app core ui -ts "$ts"
done
