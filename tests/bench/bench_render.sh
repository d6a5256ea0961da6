#!/usr/bin/env bash
# Issue 3's speed figures in one go: builds bayan in Release (build-bench/ by
# default) and runs the PNG encoder and render benchmarks with their goals
# checked. Not part of the test suite: timings depend on the machine.
#   tests/bench/bench_render.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-bench}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target bayan bench_png bench_render >/dev/null
status=0
echo "== bench_png: bayan__png_encode against cairo_surface_write_to_png_stream"
"$build/bench/bench_png" --runs 50 --check || status=1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for spec in tests/render/specs/*.json; do
  "$build/bayan" render "$spec" -o "$tmp/$(basename "$spec" .json).png"
done
"$build/bench/bench_png" --runs 10 --check "$tmp"/*.png | grep -E '^[^ ]|speed-up' || status=1
echo "== bench_render: bayan against gnuplot's pngcairo"
"$build/bench/bench_render" --runs 21 --check || status=1
exit $status
