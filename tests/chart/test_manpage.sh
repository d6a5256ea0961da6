#!/usr/bin/env bash
# The man page: well-formed roff (no groff warnings), and it documents every
# command, every option `bayan COMMAND --help` lists, and every exit code.
source "$(dirname "$0")/lib.sh"
page="$SRC/src/cli/bayan.1"
[ -f "$page" ] || fail "src/cli/bayan.1 is missing"
if command -v groff >/dev/null; then
  warn=$(groff -man -Tutf8 -ww -z "$page" 2>&1 || true)
  [ -z "$warn" ] || fail "groff warns: $warn"
  text=$(groff -man -Tutf8 -P-c "$page" 2>/dev/null | sed 's/.\x08//g')
else
  text=$(cat "$page")
fi
for cmd in chart extract numbers render; do
  grep -q "bayan $cmd" <<<"$text" || fail "command $cmd not documented"
  for opt in $("$BIN" $cmd --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
    grep -qF -- "$opt" <<<"$text" || fail "bayan $cmd $opt not documented"
  done
done
for code in 0 1 2 3 4; do
  grep -qE "^ +$code\b" <<<"$text" || fail "exit status $code not documented"
done
for f in charts.json index.html figures.md infographic.json BAYAN_FONT_DIR; do
  grep -qF "$f" <<<"$text" || fail "$f not documented"
done
echo "ok"
