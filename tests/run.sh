#!/usr/bin/env bash
# The whole test suite: the README's second command, and what CI runs.
# Installs what the tests need (as root, on Debian), builds bayan twice (a
# normal build, and one under AddressSanitizer + UndefinedBehaviorSanitizer)
# and runs every test in both.
set -euo pipefail
cd "$(dirname "$0")/.."

packages="build-essential cmake pkg-config libpcre2-dev libjansson-dev libcmocka-dev
  libcairo2-dev libpango1.0-dev libfontconfig-dev libdeflate-dev
  librsvg2-bin poppler-utils chromium gnuplot-nox python3 locales"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "tests/run.sh: installing$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "tests/run.sh: missing packages:$missing (run as root to install them)" >&2
    exit 2
  fi
fi
# A German locale, so the suite can prove the library ignores the locale.
if [ "$(id -u)" = 0 ] && ! locale -a 2>/dev/null | grep -qi '^de_DE.utf8$'; then
  sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen 2>/dev/null && locale-gen >/dev/null 2>&1 || true
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBAYAN_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
(cd build && ctest --output-on-failure -j "$jobs")
if locale -a 2>/dev/null | grep -qi '^de_DE.utf8$'; then
  echo "== the suite again under LC_ALL=de_DE.UTF-8"
  (cd build && LC_ALL=de_DE.UTF-8 ctest --output-on-failure -j "$jobs" -E 'bench|peers|seed')
fi

echo "== the suite under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DBAYAN_SANITIZE=ON -DBAYAN_WERROR=ON >/dev/null
cmake --build build-asan -j "$jobs"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
   ctest --output-on-failure -j "$jobs")
echo "tests/run.sh: all tests passed"
