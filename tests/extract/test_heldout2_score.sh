#!/bin/bash
# A second set of news passages of our own (tests/extract/heldout2), written
# after the rules were tuned and in styles the first set does not cover:
# Arabic budget, central-bank inflation (Arabic-Indic digits), humanitarian,
# OPEC output, football and census reports; English earnings, jobs,
# inflation, election, earthquake and smartphone-market stories. Scored with
# the shared scorer in its held-out format: value+unit F1 must stay >= 0.9;
# detection, label and group-pair F1 are printed to follow.
set -u
. "${BAYAN_SOURCE_DIR:?}/tests/extract/score_lib.sh"
score_skip_unless_ready
dir="$BAYAN_SOURCE_DIR/tests/extract/heldout2"
args=()
for g in "$dir"/*.gold.json; do
    args+=("$g" "${g%.gold.json}.txt")
done
[ ${#args[@]} -ge 20 ] || { echo "FAIL: fewer than ten passages in $dir"; exit 1; }
score_check "held-out passages, second set (extract)" 0 0.9 0 0 "${args[@]}"
