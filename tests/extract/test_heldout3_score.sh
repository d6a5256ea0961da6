#!/bin/bash
# A third set of news passages of our own (tests/extract/heldout3), written
# in topics and styles the first two sets do not cover: Arabic tourism,
# dams, exam results, remittances, aviation, telecom, electricity load and
# road-traffic reports (Latin and Arabic-Indic digits, number words, duals,
# "ر.س", fils); English retail sales, wildfire, university fees, crypto,
# aid pledges, layoffs, housing and transit stories. Scored with the shared
# scorer in its held-out format: value+unit F1 must stay >= 0.9; detection,
# label and group-pair F1 are printed to follow.
set -u
. "${BAYAN_SOURCE_DIR:?}/tests/extract/score_lib.sh"
score_skip_unless_ready
dir="$BAYAN_SOURCE_DIR/tests/extract/heldout3"
args=()
for g in "$dir"/*.gold.json; do
    args+=("$g" "${g%.gold.json}.txt")
done
[ ${#args[@]} -ge 32 ] || { echo "FAIL: fewer than sixteen passages in $dir"; exit 1; }
score_check "held-out passages, third set (extract)" 0 0.9 0 0 "${args[@]}"
