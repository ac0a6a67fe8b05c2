#!/bin/bash
# Every translatable string in the sources must have a finished Chinese translation, and every
# plural string its English forms: a new tr() without a translation fails here, not in front
# of a planner. Usage: translations_complete.sh SOURCE_DIR LUPDATE
set -euo pipefail
source_dir=$1
lupdate=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in agglomap_zh_CN.ts agglomap_en.ts; do
    only=""
    case "$ts" in *_en.ts) only="-pluralonly" ;; esac
    cp "$source_dir/resources/translations/$ts" "$scratch/$ts"
    (cd "$source_dir" && "$lupdate" $only -no-obsolete -locations none app core ui \
        -ts "$scratch/$ts" >/dev/null)
    unfinished=$(grep -c 'type="unfinished"' "$scratch/$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$ts: $unfinished messages have no finished translation, for example:"
        grep -B3 'type="unfinished"' "$scratch/$ts" | grep '<source>' | head -20
        echo "Run tools/update_translations.sh and translate them (Qt Linguist, or"
        echo "tools/translations/fill_translations.py with a TSV)."
        status=1
    else
        total=$(grep -c '<message' "$scratch/$ts")
        echo "$ts: all $total messages translated"
    fi
done
exit $status
