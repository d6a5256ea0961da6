#!/bin/bash
# The seed article, scored by the shared scorer, must reach issue 2's figures:
# detection F1 >= 0.95, value+unit F1 >= 0.95, label F1 >= 0.85, group-pair
# F1 >= 0.9, and no date, year or ordinal reported as a claim.
set -u
. "$(dirname "$0")/score_lib.sh"
score_skip_unless_ready
seed=$BAYAN_SHARED_DIR/seed
if [ ! -f "$seed/000_d76d7b8268016cc0.gold.json" ]; then
    echo "skipped: the seed article is not in $seed"
    exit 77
fi
score_check "seed" 0.95 0.95 0.85 0.9 "$seed/000_d76d7b8268016cc0.gold.json" "$seed/000_d76d7b8268016cc0.txt"
