#!/usr/bin/env bash
# Draws every chart type, in Arabic and English, onto one contact sheet for
# the README: output/contact-sheet.png. The charts come from bayan itself;
# they are laid out on a grid as an SVG that embeds them and turned into a
# PNG with rsvg-convert.
#   tests/render/contact_sheet.sh [BAYAN_BINARY] [OUT.png]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/bayan}
out=${2:-$root/output/contact-sheet.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
specs="bar_ar bar_en column_ar column_en comparison_ar comparison_en waffle_ar waffle_en
       donut_ar donut_en range_ar range_en stat_ar stat_en bar_long_labels_ar bar_negative_en"
cols=4 cw=600 ch=375 gap=20
i=0
{
  n=$(echo $specs | wc -w)
  rows=$(( (n + cols - 1) / cols ))
  W=$(( cols * cw + (cols + 1) * gap )); H=$(( rows * ch + (rows + 1) * gap ))
  echo "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='$W' height='$H' viewBox='0 0 $W $H'>"
  echo "<rect width='100%' height='100%' fill='#E9ECEF'/>"
  for s in $specs; do
    # laid out at 800x500 CSS pixels, drawn at 3/4 scale
    "$bin" render "$here/specs/$s.json" -o "$tmp/$s.png" --width 800 --height 500 --scale 0.75
    x=$(( gap + (i % cols) * (cw + gap) )); y=$(( gap + (i / cols) * (ch + gap) ))
    echo "<image x='$x' y='$y' width='$cw' height='$ch' xlink:href='data:image/png;base64,$(base64 -w0 "$tmp/$s.png")'/>"
    i=$((i + 1))
  done
  echo "</svg>"
} > "$tmp/sheet.svg"
mkdir -p "$(dirname "$out")"
rsvg-convert "$tmp/sheet.svg" -o "$tmp/sheet.png"
mv "$tmp/sheet.png" "$out"
echo "wrote $out"
# the infographics beside it
"$bin" render "$here/specs/infographic_ar.json" -o "$(dirname "$out")/infographic-ar.png"
"$bin" render "$here/specs/infographic_en.json" -o "$(dirname "$out")/infographic-en.png"
