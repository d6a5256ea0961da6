#!/bin/bash
# A fourth set of news passages of our own (tests/extract/heldout4), written
# blind: every gold file was finished before bayan was run on any of them,
# and no rule has been tuned on them since. Arabic fisheries, ports, schools,
# water tariffs, wheat imports, locusts, gold prices and box office (Gulf,
# Egyptian, Levantine and Maghrebi styles, Arabic-Indic digits in three);
# English hospital waits, mobile payments, a marathon, a livestock census, a
# city budget and a transfer window. Scored with the shared scorer in its
# held-out format: value+unit F1 must stay >= 0.9; detection, label and
# group-pair F1 are printed to follow. This set is the team's honest measure
# of prose the rules have not seen: when a rule is written because of a
# failure here, say so in its commit, and write a fresh set.
set -u
. "${BAYAN_SOURCE_DIR:?}/tests/extract/score_lib.sh"
score_skip_unless_ready
dir="$BAYAN_SOURCE_DIR/tests/extract/heldout4"
args=()
for g in "$dir"/*.gold.json; do
    args+=("$g" "${g%.gold.json}.txt")
done
[ ${#args[@]} -ge 28 ] || { echo "FAIL: fewer than fourteen passages in $dir"; exit 1; }
score_check "held-out passages, fourth set, blind (extract)" 0 0.9 0 0 "${args[@]}"
