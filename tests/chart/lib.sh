# Shared by the chart tests: the binary, a scratch directory removed on exit,
# and a failure helper.
set -euo pipefail
BIN=${BAYAN_BIN:?BAYAN_BIN is not set (run through ctest)}
SRC=${BAYAN_SOURCE_DIR:?BAYAN_SOURCE_DIR is not set (run through ctest)}
export BAYAN_FONT_DIR=${BAYAN_FONT_DIR:-$SRC/fonts}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# A listing of every file under a directory with its checksum and mtime.
snapshot() { (cd "$1" && find . -type f -printf '%p %T@\n' | sort && find . -type f -exec md5sum {} + | sort); }
