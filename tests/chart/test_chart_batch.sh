#!/usr/bin/env bash
# Batch: one bad file among good ones does not stop the others; the exit code
# is the worst failure; usage errors are 2; the progress bar only on a terminal.
source "$(dirname "$0")/lib.sh"
cp "$SRC/tests/data/example-en.txt" "$TMP/a.txt"
cp "$SRC/tests/data/example-ar.txt" "$TMP/b.txt"
printf 'A fine first line\nthen 40%% of \xff the rest\n' > "$TMP/bad.txt"
cp "$SRC/tests/data/example-en.txt" "$TMP/c.txt"
for j in 1 3; do
  rm -rf "$TMP/out"
  rc=0
  "$BIN" chart -j $j -o "$TMP/out" "$TMP/a.txt" "$TMP/bad.txt" "$TMP/b.txt" "$TMP/c.txt" 2>"$TMP/err" || rc=$?
  [ "$rc" = 3 ] || fail "-j $j: exit $rc, expected 3 (bad input)"
  grep -qE "^bayan: $TMP/bad.txt:2:13: error: invalid UTF-8 \(byte 0xFF at offset 30\)" "$TMP/err" \
    || fail "-j $j: diagnostic: $(cat "$TMP/err")"
  for s in a b c; do
    [ -s "$TMP/out/$s/charts.json" ] || fail "-j $j: $s was not written"
    [ -s "$TMP/out/$s/infographic.png" ] || fail "-j $j: $s/infographic.png was not written"
  done
  [ ! -e "$TMP/out/bad" ] || fail "-j $j: output written for the bad file"
  # not a terminal: no progress bar
  ! grep -q "files," "$TMP/err" || fail "progress bar drawn while stderr is not a terminal"
done
# a file that cannot be read is bad input too; the worst code wins over 0
rc=0; "$BIN" chart -q -o "$TMP/out2" "$TMP/a.txt" "$TMP/nonexistent.txt" 2>"$TMP/err" || rc=$?
[ "$rc" = 3 ] || fail "unreadable file: exit $rc"
grep -qF "$TMP/nonexistent.txt" "$TMP/err" || fail "unreadable file not named"
[ -s "$TMP/out2/a/charts.json" ] || fail "the good file was not written"
# an output directory that cannot be made: a write failure, 4
touch "$TMP/blocker"
rc=0; "$BIN" chart -q -o "$TMP/blocker/x" "$TMP/a.txt" 2>"$TMP/err" || rc=$?
[ "$rc" = 4 ] || fail "unwritable output: exit $rc"
# usage errors
for args in "" "--bogus $TMP/a.txt" "--format gif $TMP/a.txt" "--digits roman $TMP/a.txt" "-j 0 $TMP/a.txt" "-o"; do
  rc=0; "$BIN" chart $args >/dev/null 2>&1 || rc=$?
  [ "$rc" = 2 ] || fail "usage error '$args': exit $rc"
done
rc=0; "$BIN" chart -q -o "$TMP/o3" "$TMP/a.txt" "$TMP/sub/../a.txt" 2>/dev/null || rc=$?
[ "$rc" = 2 ] || fail "two inputs with one stem: exit $rc"
"$BIN" chart --help | grep -q -- "--check" || fail "--help lacks --check"
# only the formats asked for
"$BIN" chart -q --format svg -o "$TMP/svg" "$TMP/a.txt" || fail "--format svg: exit $?"
ls "$TMP/svg/a/"*.png >/dev/null 2>&1 && fail "--format svg wrote PNGs"
ls "$TMP/svg/a/"01-*.svg >/dev/null 2>&1 || fail "--format svg wrote no SVG"
grep -q '<img src="01-[^"]*\.svg"' "$TMP/svg/a/index.html" || fail "gallery does not show the SVGs"
# a progress bar on a terminal (through script(1), when it is there)
if command -v script >/dev/null 2>&1; then
  script -qec "'$BIN' chart -o '$TMP/tty' '$TMP/a.txt' '$TMP/b.txt'" /dev/null > "$TMP/tty.log" 2>&1 || fail "under a terminal: exit $?"
  grep -q "2/2 files, [0-9]* charts" "$TMP/tty.log" || fail "no progress bar on a terminal: $(cat -v "$TMP/tty.log" | head -3)"
  script -qec "'$BIN' chart --quiet -o '$TMP/tty2' '$TMP/a.txt'" /dev/null > "$TMP/tty2.log" 2>&1 || fail "--quiet: exit $?"
  ! grep -q "files," "$TMP/tty2.log" || fail "--quiet still drew the bar"
fi
echo "ok"
