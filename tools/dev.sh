#!/bin/bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo available):
#   bash tools/dev.sh run     install what is needed, build, open Agglomap on the Henan plan
#   bash tools/dev.sh test    install what is needed, build with warnings as errors, run all tests
#                             and fuzz the data import paths for FUZZ_SECONDS (60) each
#   bash tools/dev.sh bench   install, build, run the benchmarks (see README)
# Every step is idempotent: packages already present are not reinstalled, builds are incremental.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
mode=${1:-}

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-positioning-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libgl-dev
    libgdal-dev libboost-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    fonts-wqy-microhei
    poppler-utils qpdf
    clang libclang-rt-14-dev llvm
)

install_packages() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_packages
    configure_and_build
    exec "$build/bin/agglomap" --plan henan
    ;;
test)
    install_packages
    configure_and_build -DAGGLOMAP_WERROR=ON
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
    # The CSV and GeoJSON import paths under libFuzzer + AddressSanitizer, for a bounded time.
    FUZZ_SECONDS="${FUZZ_SECONDS:-60}" bash "$root/tools/fuzz.sh" "$root/build-fuzz"
    ;;
bench)
    install_packages
    configure_and_build
    "$build/bin/agglomap_bench" "${@:2}"
    ;;
*)
    echo "usage: bash tools/dev.sh run|test|bench" >&2
    exit 2
    ;;
esac
