# Shared by the score tests: run the shared scorer and check its figures.
# usage: score_check "what" MIN_DETECT MIN_VALUE_UNIT MIN_LABEL MIN_GROUP GOLD TEXT [GOLD TEXT ...]
score_check() {
    local what=$1 d=$2 vu=$3 lab=$4 grp=$5
    shift 5
    local out
    if ! out=$(python3 "$BAYAN_SHARED_DIR/tools/score-claims" "$BAYAN_BIN" "$@"); then
        echo "FAIL: $what: the scorer failed"
        return 1
    fi
    echo "$what: $out"
    python3 - "$out" "$d" "$vu" "$lab" "$grp" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
need = dict(detect_f1=float(sys.argv[2]), value_unit_f1=float(sys.argv[3]),
            label_f1=float(sys.argv[4]), group_pair_f1=float(sys.argv[5]))
bad = [f"{k} {r[k]} < {v}" for k, v in need.items() if r[k] < v]
if r["non_claims_reported"]:
    bad.append(f"{r['non_claims_reported']} dates, years or ordinals reported as claims")
if r["errors"]:
    bad.append("errors: " + "; ".join(r["errors"]))
for b in bad:
    print("FAIL:", b)
sys.exit(1 if bad else 0)
PY
}

score_skip_unless_ready() {
    if [ -z "${BAYAN_SHARED_DIR:-}" ] || [ ! -f "$BAYAN_SHARED_DIR/tools/score-claims" ]; then
        echo "skipped: the shared scorer is not at '${BAYAN_SHARED_DIR:-}/tools/score-claims' (../shared is absent)"
        exit 77
    fi
    if ! command -v python3 >/dev/null; then
        echo "skipped: python3 is needed to run the scorer"
        exit 77
    fi
    if [ -z "${BAYAN_BIN:-}" ] || [ ! -x "$BAYAN_BIN" ]; then
        echo "FAIL: BAYAN_BIN '${BAYAN_BIN:-}' is not an executable"
        exit 1
    fi
}
