#!/bin/bash
# Runs `bayan numbers` over the peers' Arabic test suites (Duckling, Microsoft
# Recognizers-Text) and checks the pass rate per file; see peers.py.
set -u
shared="${BAYAN_SHARED_DIR:-}"
if [ -z "$shared" ] || [ ! -d "$shared/peers" ]; then
    echo "skipped: the peers' suites are not here (BAYAN_SHARED_DIR=${shared:-unset} has no peers/)"
    exit 77
fi
if ! command -v python3 >/dev/null; then
    echo "skipped: python3 is not installed"
    exit 77
fi
exec python3 "$(dirname "$0")/peers.py" "${BAYAN_BIN:?BAYAN_BIN not set}" "$shared/peers"
