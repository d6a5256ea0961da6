#!/usr/bin/env bash
# bayan chart end to end on every news passage we have (the held-out sets,
# the example articles, and the seed where ../shared is present): each must
# give its charts and infographic with exit 0, whatever mix of figures the
# extractor groups together (a value beside ranges, a figure below zero in a
# comparison, ...), and every PNG written must be a whole PNG.
source "$(dirname "$0")/lib.sh"
files=("$SRC"/tests/extract/heldout*/*.txt "$SRC"/tests/numbers/heldout/*.txt "$SRC"/tests/data/*.txt)
shared=${BAYAN_SHARED_DIR:-$SRC/../shared}
for f in "$shared"/seed/*.txt; do
  [ -f "$f" ] && files+=("$f")
done
[ ${#files[@]} -ge 20 ] || fail "expected at least 20 passages, found ${#files[@]}"
bad=0
for f in "${files[@]}"; do
  if ! "$BIN" chart --quiet --format png -o "$TMP/out" "$f" >/dev/null 2>"$TMP/err"; then
    echo "FAIL: bayan chart $(basename "$f"): $(head -c 400 "$TMP/err")" >&2
    bad=$((bad + 1))
  fi
done
[ $bad -eq 0 ] || fail "$bad of ${#files[@]} passages did not chart"
n=0
while IFS= read -r png; do
  head -c 8 "$png" | od -An -tx1 | tr -d ' \n' | grep -q '^89504e470d0a1a0a$' || fail "$png is not a PNG"
  tail -c 12 "$png" | od -An -tx1 | tr -d ' \n' | grep -q '49454e44ae426082$' || fail "$png has no IEND"
  n=$((n + 1))
done < <(find "$TMP/out" -name '*.png')
[ $n -ge ${#files[@]} ] || fail "only $n PNGs for ${#files[@]} passages"
echo "ok: ${#files[@]} passages, $n PNGs"
