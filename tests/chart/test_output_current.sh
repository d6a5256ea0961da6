#!/usr/bin/env bash
# The checked-in output/ must be what the README's first command produces
# now: if extraction, planning or rendering changes, regenerate it with
#   ./build/bayan chart tests/data/example-ar.txt tests/data/example-en.txt
source "$(dirname "$0")/lib.sh"
cd "$SRC"
[ -d output/example-ar ] && [ -d output/example-en ] || fail "output/example-ar and output/example-en are not checked in"
rc=0
"$BIN" chart --check tests/data/example-ar.txt tests/data/example-en.txt || rc=$?
[ "$rc" = 0 ] || fail "output/ is stale (exit $rc); regenerate it: ./build/bayan chart tests/data/example-ar.txt tests/data/example-en.txt"
echo "ok"
