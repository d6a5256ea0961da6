#!/usr/bin/env bash
# The README's C example as a real consumer would build it: install the build
# into a scratch prefix, compile tests/api/example.c with the flags
# `pkg-config --cflags --libs bayan` gives, link the shared library, run it.
set -euo pipefail
SRC=${BAYAN_SOURCE_DIR:?run through ctest}
BUILD=${BAYAN_BUILD_DIR:?run through ctest}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v pkg-config >/dev/null || { echo "skipped: pkg-config is not installed"; exit 77; }
command -v cc >/dev/null || { echo "skipped: no C compiler"; exit 77; }
cmake --install "$BUILD" --prefix "$TMP/prefix" >"$TMP/install.log" 2>&1 || fail "cmake --install: $(tail -5 "$TMP/install.log")"
pc=$(find "$TMP/prefix" -name bayan.pc | head -1)
[ -n "$pc" ] || fail "no bayan.pc installed"
libdir=$(dirname "$(dirname "$pc")")
[ -f "$TMP/prefix/include/bayan.h" ] || fail "bayan.h not installed"
# The .pc was configured for the build's prefix and names its directories
# under ${prefix}; `cmake --install --prefix` copies it as it is, so the copy
# installed here gets this prefix, as a packager's staging step would.
sed -i "s|^prefix=.*|prefix=$TMP/prefix|" "$pc"
export PKG_CONFIG_PATH="$(dirname "$pc")"
flags=$(pkg-config --cflags --libs bayan) || fail "pkg-config --cflags --libs bayan failed"
case "$flags" in *"-I$TMP/prefix/include"*) ;; *) fail "pkg-config does not point into the install: $flags" ;; esac
echo "pkg-config: $flags"
# a library built with the sanitizers needs their runtime in the program too
# (grep reads all of ldd: "grep -q" could exit first and, under pipefail, the
# SIGPIPE of ldd made the test fail now and then in the ASan build)
san=""
if ldd "$libdir/libbayan.so" 2>/dev/null | grep libasan >/dev/null; then san="-fsanitize=address,undefined"; fi
# shared: the default when both libbayan.so and libbayan.a are in libdir
cc -std=c11 -Wall -Wextra -Werror $san "$SRC/tests/api/example.c" $flags -o "$TMP/example" 2>"$TMP/cc.log" \
  || fail "compiling the example: $(cat "$TMP/cc.log")"
if command -v readelf >/dev/null; then
  readelf -d "$TMP/example" | grep -q 'NEEDED.*libbayan\.so' || fail "the example is not linked to libbayan.so"
fi
# the library was configured for another prefix: point it at the installed fonts
man=$(find "$TMP/prefix" -name bayan.1 | head -1)
[ -n "$man" ] || fail "the man page bayan.1 was not installed"
export BAYAN_FONT_DIR="$TMP/prefix/share/bayan/fonts"
[ -d "$BAYAN_FONT_DIR" ] || fail "fonts not installed at $BAYAN_FONT_DIR"
(cd "$TMP" && LD_LIBRARY_PATH="$libdir" ./example chart.png) || fail "the example failed"
[ "$(head -c 8 "$TMP/chart.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "chart.png is not a PNG"
[ "$(stat -c %s "$TMP/chart.png")" -gt 5000 ] || fail "chart.png is too small to be a chart"
# the static library works through pkg-config --static too
if pkg-config --static --libs bayan >/dev/null 2>&1; then
  cc -std=c11 $san "$SRC/tests/api/example.c" $(pkg-config --cflags bayan) "$libdir/libbayan.a" \
    $(pkg-config --static --libs bayan | sed 's/-lbayan//') \
    -o "$TMP/example-static" 2>"$TMP/cc2.log" || fail "static link: $(cat "$TMP/cc2.log")"
  (cd "$TMP" && ./example-static chart2.png >/dev/null) || fail "the static example failed"
  cmp -s "$TMP/chart.png" "$TMP/chart2.png" || fail "static and shared builds drew different bytes"
fi
# the README shows this very file: when it has the C example, they must agree
readme_c=$(awk '/^```c$/{inb=1; buf=""; next} /^```$/{if (inb && buf ~ /bayan\.h/) {printf "%s", buf; exit} inb=0; next} inb{buf = buf $0 "\n"}' "$SRC/README.md")
if [ -n "$readme_c" ]; then
  diff <(printf '%s\n' "$readme_c") "$SRC/tests/api/example.c" >/dev/null || fail "README's C example differs from tests/api/example.c"
else
  echo "note: README.md has no C example block yet"
fi
echo "ok"
