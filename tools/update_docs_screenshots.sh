#!/usr/bin/env bash
# Regenerates the user guide's screenshots, docs/images/{en,zh_CN}/*.png, from the real
# Agglomap window and dialogs (tools/doc_screenshots: the bundled Henan plan at 1400×900, the
# offscreen platform, no saved settings). The guides docs/user-guide.md and
# docs/user-guide.zh_CN.md show these pictures, and Help › User Guide shows the guides.
#
# Run it after any change to what the window, a panel, a menu or a dialog looks like, look at
# the pictures, and commit them with the change. A shot added or removed in the tool must be
# added to or removed from both guides: ctest's docs.user_guide_images fails otherwise.
#
#   bash tools/update_docs_screenshots.sh               # builds in build/
#   bash tools/update_docs_screenshots.sh BUILD_DIR     # or in another build folder
#
# Needs fonts-wqy-microhei for the Chinese pictures (tools/dev.sh installs it). optipng, when
# installed, makes the files smaller without changing a pixel.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$root/build}")
images=$root/docs/images

if [ ! -f "$build/CMakeCache.txt" ]; then
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DAGGLOMAP_BUILD_TOOLS=ON
fi
cmake --build "$build" --parallel "$(nproc)" --target agglomap_doc_screenshots

if command -v fc-list >/dev/null && ! fc-list | grep -qi "WenQuanYi Micro Hei"; then
    echo "The Chinese pictures need the WenQuanYi Micro Hei font: apt-get install fonts-wqy-microhei" >&2
    exit 1
fi

# Taken into a scratch folder first, so a failed shot leaves the committed pictures alone; then
# the old pictures go, so a shot the tool no longer takes leaves no stale file behind.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for language in en zh_CN; do
    QT_QPA_PLATFORM=offscreen "$build/bin/agglomap_doc_screenshots" \
        --language "$language" --out "$scratch" --maps "$root/maps"
done
if command -v optipng >/dev/null; then
    optipng -quiet -o2 "$scratch"/*/*.png
fi
for language in en zh_CN; do
    rm -rf "${images:?}/$language"
    mkdir -p "$images"
    cp -r "$scratch/$language" "$images/$language"
done
echo "Updated $(find "$images" -name '*.png' | wc -l) pictures in $images"
