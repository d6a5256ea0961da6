#!/usr/bin/env bash
# bayan chart --check: identical -> 0; a changed, deleted or leftover file ->
# 1 naming it; nothing is ever written. And two runs give identical bytes.
source "$(dirname "$0")/lib.sh"
in="$SRC/tests/data/example-en.txt"
out="$TMP/out"
"$BIN" chart -q -o "$out" "$in" || fail "chart exited $?"
d="$out/example-en"
for f in charts.json index.html figures.md infographic.png infographic.svg infographic.pdf infographic.json; do
  [ -s "$d/$f" ] || fail "$d/$f not written"
done
ls "$d"/01-*.png >/dev/null 2>&1 || fail "no 01-*.png chart"

# deterministic: a second run elsewhere gives the same bytes
"$BIN" chart -q -j 1 -o "$TMP/again" "$in" || fail "second run exited $?"
diff -r "$d" "$TMP/again/example-en" >/dev/null || fail "two runs differ: $(diff -rq "$d" "$TMP/again/example-en" | head -3)"

# a document's files do not depend on what else the run drew, or on threads
"$BIN" chart -q -j 2 -o "$TMP/mixed" "$SRC/tests/data/example-ar.txt" "$in" || fail "mixed run exited $?"
diff -r "$d" "$TMP/mixed/example-en" >/dev/null || fail "charting beside another file changed: $(diff -rq "$d" "$TMP/mixed/example-en" | head -3)"

# identical -> 0, nothing written
before=$(snapshot "$out")
"$BIN" chart --check -o "$out" "$in" 2>"$TMP/err" || fail "--check on fresh output exited $?: $(cat "$TMP/err")"
[ ! -s "$TMP/err" ] || fail "--check printed on fresh output: $(cat "$TMP/err")"

# a modified chart -> 1, named stale, and left as it was
png=$(ls "$d"/01-*.png | head -1)
printf 'x' >> "$png"
sum=$(md5sum < "$png")
rc=0; "$BIN" chart --check -o "$out" "$in" 2>"$TMP/err" || rc=$?
[ "$rc" = 1 ] || fail "--check after modifying a file exited $rc"
grep -qF "bayan: $png: stale" "$TMP/err" || fail "stale file not named: $(cat "$TMP/err")"
[ "$(md5sum < "$png")" = "$sum" ] || fail "--check rewrote $png"

# a page changed too: every stale file is named
printf '\n' >> "$d/index.html"
rc=0; "$BIN" chart --check -o "$out" "$in" 2>"$TMP/err" || rc=$?
[ "$rc" = 1 ] || fail "exit $rc"
grep -qF "$d/index.html: stale" "$TMP/err" || fail "index.html not named"
grep -qF "$png: stale" "$TMP/err" || fail "the png is no longer named"

# a deleted file -> 1, named missing, not recreated
rm "$d/charts.json"
rc=0; "$BIN" chart --check -o "$out" "$in" 2>"$TMP/err" || rc=$?
[ "$rc" = 1 ] || fail "--check after deleting a file exited $rc"
grep -qF "bayan: $d/charts.json: missing" "$TMP/err" || fail "missing file not named: $(cat "$TMP/err")"
[ ! -e "$d/charts.json" ] || fail "--check recreated charts.json"

# a chart no longer produced -> 1, named
cp "$png" "$d/99-old-chart.png"
rc=0; "$BIN" chart --check -o "$out" "$in" 2>"$TMP/err" || rc=$?
[ "$rc" = 1 ] || fail "exit $rc with a leftover chart"
grep -qF "$d/99-old-chart.png: stale" "$TMP/err" || fail "leftover chart not named: $(cat "$TMP/err")"

# a directory that does not exist: everything missing, nothing created
rc=0; "$BIN" chart --check -o "$TMP/none" "$in" 2>"$TMP/err" || rc=$?
[ "$rc" = 1 ] || fail "--check into an empty place exited $rc"
grep -qF "$TMP/none/example-en/charts.json: missing" "$TMP/err" || fail "missing files not named"
[ ! -e "$TMP/none" ] || fail "--check created $TMP/none"

# writing again repairs everything and removes the leftover
"$BIN" chart -q -o "$out" "$in" || fail "rewrite exited $?"
[ ! -e "$d/99-old-chart.png" ] || fail "the leftover chart was not removed"
"$BIN" chart --check -o "$out" "$in" || fail "--check after rewriting exited $?"
echo "ok"
