#!/bin/bash
# Extracts every tr() string from the sources into resources/translations/*.ts (Qt Linguist).
# Translate the new entries with linguist, then rebuild: the .qm files are compiled and embedded.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
for ts in resources/translations/*.ts; do
    /usr/lib/qt6/bin/lupdate -no-obsolete -locations none app core ui -ts "$ts"
done
