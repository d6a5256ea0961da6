#!/usr/bin/env bash
# Every spec as SVG and PDF: the SVG has a viewBox, <title> and <desc> with
# the chart's title and data, text drawn as glyph outlines, and parses back
# with rsvg-convert; the PDF has its title, embedded fonts (vector text) and
# rasterises with pdftoppm. All three formats are byte-identical across runs;
# PDF dates come from SOURCE_DATE_EPOCH or are absent.
set -u
BIN=${BAYAN_BIN:?BAYAN_BIN not set}
SRC=${BAYAN_SOURCE_DIR:?BAYAN_SOURCE_DIR not set}
for tool in rsvg-convert pdftoppm pdfinfo pdffonts; do
  command -v $tool >/dev/null || { echo "skip: $tool missing (librsvg2-bin, poppler-utils)"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL $*"; fails=$((fails + 1)); }

for spec in "$SRC"/tests/render/specs/*.json; do
  name=$(basename "$spec" .json)
  "$BIN" render "$spec" -o "$tmp/$name.svg" || { fail "$name: svg render"; continue; }
  "$BIN" render "$spec" -o "$tmp/$name.pdf" || { fail "$name: pdf render"; continue; }
  svg="$tmp/$name.svg"
  head -c 600 "$svg" | grep -q '<svg[^>]*viewBox="0 0 [0-9]* [0-9]*"' || fail "$name: no viewBox"
  title=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("title",""))' "$spec" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g')
  grep -qF "<title id=\"bayan-title\">$title</title>" "$svg" || fail "$name: <title> is not the chart's title"
  # the desc carries every data label
  python3 - "$spec" "$svg" <<'PY' || fail "$name: <desc> lacks data"
import json, sys, re, html
spec = json.load(open(sys.argv[1]))
svg = open(sys.argv[2], encoding="utf-8").read()
m = re.search(r'<desc id="bayan-desc">(.*?)</desc>', svg, re.S)
assert m, "no desc"
desc = html.unescape(m.group(1))
items = spec.get("data", []) + [d for p in spec.get("panels", []) for d in p.get("data", [])]
for d in items:
    if d.get("label"):
        assert d["label"] in desc, d["label"]
assert "<text" not in svg, "text elements: glyphs expected"
assert re.search(r'<use xlink:href="#glyph', svg), "no glyphs"
# the <title> must come right after the opening tag (first child)
assert re.search(r'<svg[^>]*>\s*<title', svg), "title not first"
PY
  rsvg-convert "$svg" -o "$tmp/$name.svg.png" 2>"$tmp/err" || fail "$name: rsvg-convert: $(cat "$tmp/err")"
  pdftoppm -r 30 -png "$tmp/$name.pdf" "$tmp/$name.pdfpng" 2>"$tmp/err" || fail "$name: pdftoppm: $(cat "$tmp/err")"
  pdfinfo "$tmp/$name.pdf" > "$tmp/info" 2>&1 || fail "$name: pdfinfo"
  if [ -n "$title" ]; then grep -q "^Title: *." "$tmp/info" || fail "$name: PDF has no title"; fi
  grep -q "CreationDate" "$tmp/info" && fail "$name: PDF has a CreationDate without SOURCE_DATE_EPOCH"
  [ "$(pdffonts "$tmp/$name.pdf" | tail -n +3 | awk '$(NF-4)=="yes"' | wc -l)" -ge 1 ] || fail "$name: no embedded fonts"
  pdffonts "$tmp/$name.pdf" | grep -qi "noto" || fail "$name: the PDF's fonts are not the bundled Noto"
done

# determinism: twice each format, a second apart (dates), compared byte for byte
spec="$SRC/tests/render/specs/bar_ar.json"
for ext in png svg pdf; do
  "$BIN" render "$spec" -o "$tmp/d1.$ext"
  [ $ext = pdf ] && sleep 1.1 # a clock-stamped date would change
  "$BIN" render "$spec" -o "$tmp/d2.$ext"
  cmp -s "$tmp/d1.$ext" "$tmp/d2.$ext" || fail "determinism: two $ext renders differ"
done
# and under another locale, with another TZ: still the same bytes
if locale -a 2>/dev/null | grep -qi '^de_DE.utf8$'; then
  LC_ALL=de_DE.UTF-8 TZ=Asia/Tokyo "$BIN" render "$spec" -o "$tmp/d3.pdf"
  cmp -s "$tmp/d1.pdf" "$tmp/d3.pdf" || fail "determinism: the locale or time zone changed the PDF"
fi
SOURCE_DATE_EPOCH=1700000000 "$BIN" render "$spec" -o "$tmp/e.pdf"
pdfinfo "$tmp/e.pdf" | grep -q "CreationDate:.*2023" || fail "SOURCE_DATE_EPOCH not used as the PDF date"

# PNG: --scale doubles the pixels, --dpi writes pHYs
"$BIN" render "$spec" -o "$tmp/s2.png" --scale 2 --dpi 144
python3 - "$tmp/s2.png" <<'PY' || fail "--scale/--dpi"
import struct, sys
d = open(sys.argv[1], "rb").read()
assert d[:8] == b"\x89PNG\r\n\x1a\n"
w, h = struct.unpack(">II", d[16:24])
assert (w, h) == (1600, 1000), (w, h)
assert b"pHYs" in d and b"sRGB" in d
PY
# default output: beside the spec, .png
cp "$spec" "$tmp/defaultout.json"
"$BIN" render "$tmp/defaultout.json" && [ -s "$tmp/defaultout.png" ] || fail "default output name"

# fonts missing: exit 4, the directory named, nothing written
BAYAN_FONT_DIR="$tmp/no-fonts-here" "$BIN" render "$spec" -o "$tmp/nofont.png" 2> "$tmp/err"; rc=$?
[ $rc -eq 4 ] && grep -q "no-fonts-here" "$tmp/err" && [ ! -e "$tmp/nofont.png" ] ||
  fail "missing fonts: exit $rc, $(cat "$tmp/err")"
# --font-dir that does not exist is a font failure too; one that does adds fonts
"$BIN" render "$spec" -o "$tmp/fd.png" --font-dir "$tmp/nowhere" 2>/dev/null; rc=$?
[ $rc -eq 4 ] && [ ! -e "$tmp/fd.png" ] || fail "--font-dir nowhere: exit $rc"
mkdir -p "$tmp/extra" && cp "$SRC/fonts/NotoSans-Regular.ttf" "$tmp/extra/"
"$BIN" render "$spec" -o "$tmp/fd.png" --font-dir "$tmp/extra" || fail "--font-dir with a font"
# an unwritable destination: exit 4
"$BIN" render "$spec" -o "$tmp/no/such/dir/x.png" 2>/dev/null; rc=$?
[ $rc -eq 4 ] || fail "unwritable output: exit $rc"

# --check: 0 when OUT is current, 1 when stale or missing, and nothing written
"$BIN" render "$spec" -o "$tmp/chk.svg"
"$BIN" render "$spec" -o "$tmp/chk.svg" --check || fail "--check on a current file"
"$BIN" render "$spec" -o "$tmp/chk.svg" --check --digits latin 2>/dev/null; rc=$?
[ $rc -eq 1 ] || fail "--check on a stale file: exit $rc"
"$BIN" render "$spec" -o "$tmp/absent.svg" --check 2>/dev/null; rc=$?
[ $rc -eq 1 ] && [ ! -e "$tmp/absent.svg" ] || fail "--check on a missing file: exit $rc"

echo "output formats: $fails failures"
[ $fails -eq 0 ]
