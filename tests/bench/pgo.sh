#!/usr/bin/env bash
# A profile-guided Release build of bayan, and the extraction benchmark on it.
# Stage 1 builds with instrumentation, runs bench_extract on its two corpora
# (the stress corpus and the Arabic held-out passages) to write profiles;
# stage 2 builds again from them. The result is in build-pgo/ (bayan and
# bench_extract); its output is the same as an ordinary build's.
#   usage: tests/bench/pgo.sh [BUILD_DIR]    (default build-pgo)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-build-pgo}
prof="$(pwd)/$out/pgo-profiles"
rm -rf "$out"
mkdir -p "$prof"
# (both stages in one build directory: the profiles are found by object path)
cmake -S . -B "$out" -DCMAKE_BUILD_TYPE=Release -DBAYAN_TESTS=ON -DBAYAN_PGO=generate -DBAYAN_PGO_DIR="$prof" >/dev/null
cmake --build "$out" -j "$(nproc)" --target bench_extract bayan >/dev/null
passages=(tests/extract/heldout*/ar-*.txt tests/numbers/heldout/*.txt)
"$out/bench/bench_extract" --mb 8 --runs 1 --no-scaling >/dev/null
"$out/bench/bench_extract" --mb 8 --runs 1 --no-scaling "${passages[@]}" >/dev/null
cmake -S . -B "$out" -DBAYAN_PGO=use >/dev/null
cmake --build "$out" -j "$(nproc)" --clean-first --target bench_extract bayan >/dev/null
echo "== profile-guided build in $out: the stress corpus, then the held-out passages"
"$out/bench/bench_extract" --mb 20 --runs 7 --no-scaling
"$out/bench/bench_extract" --mb 20 --runs 5 --no-scaling "${passages[@]}"
