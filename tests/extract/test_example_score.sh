#!/bin/bash
# The bundled example articles, scored against their gold claims
# (tests/data/example-*.gold.json, the scorer's held-out format).
set -u
. "$(dirname "$0")/score_lib.sh"
score_skip_unless_ready
data=$BAYAN_SOURCE_DIR/tests/data
rc=0
score_check "example-ar" 0.95 0.9 0.85 0.9 "$data/example-ar.gold.json" "$data/example-ar.txt" || rc=1
score_check "example-en" 0.95 0.9 0.85 0.9 "$data/example-en.gold.json" "$data/example-en.txt" || rc=1
exit $rc
