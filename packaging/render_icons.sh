#!/bin/bash
# Renders the application icon's PNG sizes into packaging/icons/hicolor/ from the two hand-drawn SVGs:
# the simplified one for 16 to 32 px (finer shapes turn to mush there), the full one from 48 px up.
# The PNGs are committed, so building the package does not need librsvg; run this after editing an SVG:
#   bash packaging/render_icons.sh          (needs rsvg-convert: apt-get install librsvg2-bin)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
id=io.github.agglomap.Agglomap
full="$here/icons/$id.svg"
small="$here/icons/$id-small.svg"

command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found: apt-get install librsvg2-bin" >&2; exit 1; }

for size in 16 22 24 32 48 64 128 256 512; do
    source_svg=$full
    [ "$size" -le 32 ] && source_svg=$small
    out="$here/icons/hicolor/${size}x${size}/apps/$id.png"
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --format png --output "$out" "$source_svg"
    echo "$out"
done
