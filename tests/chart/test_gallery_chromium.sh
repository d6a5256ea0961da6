#!/usr/bin/env bash
# A real consumer of index.html: headless Chromium opens the gallery of each
# example article, every <img> must have loaded (naturalWidth > 0), the
# Arabic page must run right to left and the English one left to right. The
# page records both on <html> once loaded; --dump-dom shows them. A
# screenshot of each gallery is kept in the build directory.
source "$(dirname "$0")/lib.sh"
"$BIN" chart -q -o "$TMP/out" "$SRC/tests/data/example-ar.txt" "$SRC/tests/data/example-en.txt" || fail "chart exited $?"
# Without a browser: self-contained (nothing fetched from elsewhere), every
# picture it names is beside it, and its elements are balanced.
for doc in example-ar example-en; do
  page="$TMP/out/$doc/index.html"
  ! grep -qiE '(src|href)="(https?:)?//|url\(|@import' "$page" || fail "$doc: the page refers to something outside itself"
  for img in $(grep -o '<img src="[^"]*"' "$page" | sed 's/<img src="//; s/"$//'); do
    [ -s "$TMP/out/$doc/$img" ] || fail "$doc: $img is not beside the page"
  done
  if command -v python3 >/dev/null; then
    python3 - "$page" <<'PY' || fail "$doc: the page's elements are not balanced"
import html.parser, sys
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.bad = 0
    def handle_starttag(self, t, a):
        if t not in ("meta", "img", "br", "link"): self.stack.append(t)
    def handle_endtag(self, t):
        if self.stack and self.stack[-1] == t: self.stack.pop()
        else: self.bad += 1
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
sys.exit(1 if p.bad or p.stack else 0)
PY
  fi
done
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  echo "skipped: $CHROMIUM is not installed (Debian package chromium)"
  exit 77
fi
shots=${BAYAN_BUILD_DIR:-$TMP}/chart-gallery
mkdir -p "$shots"
chrome() {
  local profile
  profile=$(mktemp -d "$TMP/profile.XXXXXX")
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --virtual-time-budget=5000 "$@" 2>/dev/null
}
for doc in example-ar example-en; do
  page="$TMP/out/$doc/index.html"
  n=$(grep -o '<img ' "$page" | wc -l)
  [ "$n" -ge 5 ] || fail "$doc: only $n images on the page"
  chrome --dump-dom "file://$page" > "$TMP/$doc.dom" || fail "$doc: chromium --dump-dom failed"
  html=$(grep -o '<html[^>]*>' "$TMP/$doc.dom" | head -1)
  [ -n "$html" ] || fail "$doc: no DOM dumped"
  echo "$doc: $html"
  echo "$html" | grep -q "data-images=\"$n/$n\"" || fail "$doc: not every image loaded: $html (of $n)"
  want=rtl; [ "$doc" = example-en ] && want=ltr
  echo "$html" | grep -q "data-direction=\"$want\"" || fail "$doc: page does not run $want: $html"
  chrome --screenshot="$shots/$doc.png" --window-size=1200,3000 --hide-scrollbars "file://$page" >/dev/null \
    || fail "$doc: screenshot failed"
  [ "$(head -c 8 "$shots/$doc.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$doc: screenshot is not a PNG"
  [ "$(stat -c %s "$shots/$doc.png")" -gt 50000 ] || fail "$doc: screenshot suspiciously small"
done
echo "ok: screenshots in $shots"
