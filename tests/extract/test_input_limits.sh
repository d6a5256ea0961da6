#!/bin/bash
# Inputs too large to extract are refused up front with a message naming
# the file and exit status 3, the other files are still extracted, and
# nothing is half-printed; the limit (1 GiB, BAYAN_MAX_INPUT) is checked for
# files before reading and for stdin while reading.
set -u
bin=${BAYAN_BIN:?BAYAN_BIN is not set}
data=${BAYAN_SOURCE_DIR:?BAYAN_SOURCE_DIR is not set}/tests/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# a sparse 2 GiB file: refused from its size, without reading (or allocating) it
truncate -s 2G "$tmp/huge.txt"
start=$(date +%s)
"$bin" extract "$tmp/huge.txt" "$data/example-en.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 3 ] || fail "a 2 GiB file is exit $rc, not 3"
grep -q "^bayan: $tmp/huge.txt: error: too large: 2147483648 bytes" "$tmp/err" || fail "no 'too large' message: $(cat "$tmp/err")"
grep -q '"path": "'"$data"'/example-en.txt"' "$tmp/out" || fail "the other file was not extracted"
grep -q 'huge.txt' "$tmp/out" && fail "the refused file appears in the output"
[ $(( $(date +%s) - start )) -le 10 ] || fail "refusing the file took more than 10 s (was it read?)"

# the same for numbers and chart (chart writes nothing)
"$bin" numbers "$tmp/huge.txt" >/dev/null 2>"$tmp/err"
rc=$?
[ $rc -eq 3 ] || fail "numbers: a 2 GiB file is exit $rc, not 3"
grep -q "too large" "$tmp/err" || fail "numbers: no 'too large' message"
"$bin" chart --quiet -o "$tmp/charts" "$tmp/huge.txt" >/dev/null 2>"$tmp/err"
rc=$?
[ $rc -eq 3 ] || fail "chart: a 2 GiB file is exit $rc, not 3"
[ -z "$(find "$tmp/charts" -type f 2>/dev/null)" ] || fail "chart wrote files for a refused input"

# stdin is counted as it is read
BAYAN_MAX_INPUT=1000 "$bin" extract - <"$data/example-ar.txt" >/dev/null 2>"$tmp/err"
rc=$?
[ $rc -eq 3 ] || fail "stdin over BAYAN_MAX_INPUT is exit $rc, not 3"
grep -q "^bayan: -: error: too large" "$tmp/err" || fail "stdin: no 'too large' message: $(cat "$tmp/err")"

# under the limit nothing changes
BAYAN_MAX_INPUT=100000 "$bin" extract - <"$data/example-ar.txt" >/dev/null 2>"$tmp/err" || fail "a small stdin under the limit failed: $(cat "$tmp/err")"

[ $fails -eq 0 ] && echo "ok" || exit 1
