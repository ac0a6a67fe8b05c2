#!/usr/bin/env bash
# Builds the core, commands, project, import mapping and reading test suites and the agglomap
# command with AddressSanitizer and UndefinedBehaviorSanitizer (clang, -DAGGLOMAP_SANITIZE=ON),
# then runs those suites and the command-line tests. Any sanitizer report fails its test: the
# options compiled into every executable (cmake/sanitize/options.cpp) abort on the first report,
# also where a test runs agglomap with an empty environment.
#
#   tools/sanitize.sh [build dir]        default: <repository>/build-sanitize
#
# Needs clang and the sanitizer runtimes (Debian: clang, libclang-rt-14-dev; llvm for
# llvm-symbolizer, which names functions and lines in reports).
# Rerun one test: ctest --test-dir <build dir> -R <test name> --output-on-failure
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build-sanitize}"

suites=(agglomap_core_tests agglomap_commands_tests agglomap_project_tests agglomap_mapping_tests
    agglomap_reading_tests)

launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# clang compiles the instrumented code in about two thirds of GCC's time. The warning set is
# written for GCC; clang would warn about each option it does not know.
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "${launcher[@]}" -DCMAKE_CXX_FLAGS="-Wno-unknown-warning-option" \
    -DAGGLOMAP_SANITIZE=ON -DAGGLOMAP_BUILD_BENCHMARKS=OFF -DAGGLOMAP_BUILD_TOOLS=OFF
# Only what these tests run: the other suites would add about a third to the build.
cmake --build "$build" --parallel "$(nproc)" --target "${suites[@]}" agglomap

# Each suite's tests carry its name as label, the command-line tests the label cli.
labels="^($(IFS='|'; echo "${suites[*]}")|cli)\$"
ctest --test-dir "$build" -L "$labels" --output-on-failure --parallel "$(nproc)"
