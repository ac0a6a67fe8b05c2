#!/bin/bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo available):
#   bash tools/dev.sh run     install what is needed, build, open Agglomap on the Henan plan
#   bash tools/dev.sh test    install what is needed, build with warnings as errors, run all tests,
#                             run the core, commands, project, import mapping and reading, and
#                             command-line tests again under AddressSanitizer and UBSan
#                             (tools/sanitize.sh, in build-sanitize/)
#                             and fuzz the data import paths for FUZZ_SECONDS (60) each
#   bash tools/dev.sh bench   install, build, run the benchmarks (see README)
#   bash tools/dev.sh package install what is needed, build a Release in build-package/ and make the
#                             Debian package build-package/agglomap_<version>_<arch>.deb
#                             (packaging/README.md: installing, checking, removing it)
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
    # the Debian package: dpkg-shlibdeps, its checks and what it depends on at run time
    dpkg-dev file desktop-file-utils appstream shared-mime-info libglib2.0-bin xdg-utils
    libfile-mimeinfo-perl gdal-bin qt6-translations-l10n libqt6svg6
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
    bash "$root/tools/sanitize.sh" "$root/build-sanitize"
    # The CSV and GeoJSON import paths under libFuzzer + AddressSanitizer, for a bounded time.
    FUZZ_SECONDS="${FUZZ_SECONDS:-60}" bash "$root/tools/fuzz.sh" "$root/build-fuzz"
    ;;
bench)
    install_packages
    configure_and_build
    "$build/bin/agglomap_bench" "${@:2}"
    ;;
package)
    install_packages
    package_build="$root/build-package"
    cmake -S "$root" -B "$package_build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DAGGLOMAP_BUILD_TESTS=OFF -DAGGLOMAP_BUILD_BENCHMARKS=OFF -DAGGLOMAP_BUILD_TOOLS=OFF \
        -DCMAKE_INSTALL_PREFIX=/usr
    cmake --build "$package_build" --parallel "$(nproc)"
    rm -f "$package_build"/agglomap_*.deb
    cpack --config "$package_build/CPackConfig.cmake" -B "$package_build" -G DEB
    deb=$(ls "$package_build"/agglomap_*.deb)
    echo
    echo "Package: $deb"
    echo "Install it with: sudo apt install $deb"
    ;;
*)
    echo "usage: bash tools/dev.sh run|test|bench|package" >&2
    exit 2
    ;;
esac
