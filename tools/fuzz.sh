#!/usr/bin/env bash
# Builds the libFuzzer targets of the import paths (clang, AddressSanitizer) and runs each for
# FUZZ_SECONDS seconds (default 60) on a scratch copy of its seed corpus, so the corpus in the
# repository stays as reviewed. Exits non-zero when a fuzzer finds a crash, a leak, a
# sanitizer report, or a hang; the reproducer is kept under <build dir>/fuzz-artifacts/.
#
#   tools/fuzz.sh [build dir]        default: <repository>/build-fuzz
#
# Needs clang and the sanitizer runtimes (Debian: clang, libclang-rt-14-dev; llvm for
# llvm-symbolizer, which names functions in crash reports).
# Reproduce a crash: <build dir>/bin/csv_import_fuzz <build dir>/fuzz-artifacts/csv/crash-...
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build-fuzz}"
seconds="${FUZZ_SECONDS:-60}"

launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# The warning set is written for GCC; clang would warn about each option it does not know.
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "${launcher[@]}" -DCMAKE_CXX_FLAGS="-Wno-unknown-warning-option" \
    -DAGGLOMAP_FUZZ=ON -DAGGLOMAP_BUILD_TESTS=OFF -DAGGLOMAP_BUILD_BENCHMARKS=OFF \
    -DAGGLOMAP_BUILD_TOOLS=OFF
cmake --build "$build" --target csv_import_fuzz geojson_import_fuzz

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
status=0
for kind in csv geojson; do
    corpus="$scratch/$kind"
    artifacts="$build/fuzz-artifacts/$kind"
    mkdir -p "$corpus" "$artifacts"
    cp "$root/tests/fuzz/corpus/$kind/"* "$corpus/"
    extra=()
    if [[ -f "$root/tests/fuzz/$kind.dict" ]]; then
        extra+=(-dict="$root/tests/fuzz/$kind.dict")
    fi
    echo "== ${kind}_import_fuzz for ${seconds} s"
    # An input that takes 10 s is a hang (GDAL 3.6 has one in Web Mercator reprojection).
    if ! "$build/bin/${kind}_import_fuzz" -max_total_time="$seconds" -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "${extra[@]}" "$corpus"; then
        echo "${kind}_import_fuzz failed; reproducer in $artifacts" >&2
        status=1
    fi
    echo "== ${kind}: corpus grew from $(ls "$root/tests/fuzz/corpus/$kind" | wc -l) to" \
        "$(ls "$corpus" | wc -l) inputs"
done
exit "$status"
