#!/bin/bash
# News passages of our own for the claim rules (tests/extract/heldout:
# energy, health, sport in Arabic; elections, climate, economy in English),
# scored with the shared scorer in its held-out format: value+unit F1 must
# stay >= 0.9; label and group-pair F1 are printed to follow.
set -u
if [ -z "${BAYAN_SHARED_DIR:-}" ] || [ ! -f "$BAYAN_SHARED_DIR/tools/score-claims" ]; then
    echo "skipped: the shared scorer is not at '${BAYAN_SHARED_DIR:-}/tools/score-claims' (../shared is absent)"
    exit 77
fi
if ! command -v python3 >/dev/null; then
    echo "skipped: python3 is needed to run the scorer"
    exit 77
fi
dir="${BAYAN_SOURCE_DIR:?}/tests/extract/heldout"
args=()
for g in "$dir"/*.gold.json; do
    args+=("$g" "${g%.gold.json}.txt")
done
[ ${#args[@]} -ge 12 ] || { echo "FAIL: fewer than six passages in $dir"; exit 1; }
out=$(python3 "$BAYAN_SHARED_DIR/tools/score-claims" "${BAYAN_BIN:?}" "${args[@]}") || { echo "FAIL: the scorer failed"; exit 1; }
echo "$out"
python3 - "$out" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"value+unit {r['value_unit_f1']}  label {r['label_f1']}  group pairs {r['group_pair_f1']}")
bad = []
if r["value_unit_f1"] < 0.9:
    bad.append(f"value+unit F1 {r['value_unit_f1']} < 0.9")
if r["errors"]:
    bad.append("errors: " + "; ".join(r["errors"]))
for b in bad:
    print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
