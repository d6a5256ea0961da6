#!/bin/bash
# bayan numbers on the command line: JSON out, exit 3 and the diagnostic for
# invalid UTF-8, other files still processed, warnings for presentation forms.
set -u
bin="${BAYAN_BIN:?}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'نما الإنتاج 12%% في عامين.\n' >"$dir/good.txt"
printf 'سطر\nثم \xfe هنا\n' >"$dir/bad.txt"
printf '\xef\xbb\xbb 5 \xef\xba\x91\n' >"$dir/shaped.txt"
fail() { echo "FAIL: $*"; exit 1; }
out=$("$bin" numbers "$dir/good.txt" "$dir/bad.txt" "$dir/shaped.txt" 2>"$dir/err"); rc=$?
[ "$rc" = 3 ] || fail "exit code $rc, want 3"
grep -qF "bayan: $dir/bad.txt:2:4: error: invalid UTF-8 (byte 0xFE at offset 12)" "$dir/err" || { cat "$dir/err"; fail "diagnostic"; }
grep -qF "bayan: $dir/shaped.txt:1:1: warning: " "$dir/err" || { cat "$dir/err"; fail "warning"; }
echo "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["schema"] == "bayan.numbers/1", d
docs = d["documents"]
assert len(docs) == 2, docs
n = docs[0]["numbers"][0]
assert n["text"] == "12%" and n["value"] == 12 and n["unit"] == "percent", n
assert n["low"] is None and n["currency"] is None and n["kind"] == "quantity", n
' || fail "json"
# the output is streamed number by number: it must still be one JSON value,
# paths escaped, documents without numbers as [], and jansson's layout
printf 'لا أرقام هنا\n' >"$dir/q\"uote\\.txt"
printf 'Prices rose 2.5%% to 1e-7 and 1.5e20.\n' >"$dir/reals.txt"
"$bin" numbers "$dir/q\"uote\\.txt" "$dir/reals.txt" >"$dir/out.json" || fail "exit code $?"
python3 - "$dir" "$dir/out.json" <<'PY' || fail "streamed json"
import json, sys
d = json.load(open(sys.argv[2], encoding="utf-8"))
docs = d["documents"]
assert docs[0]["path"] == sys.argv[1] + '/q"uote\\.txt' and docs[0]["numbers"] == [], docs[0]
vals = [n["value"] for n in docs[1]["numbers"]]
assert 2.5 in vals, vals
raw = open(sys.argv[2], encoding="utf-8").read()
assert '"numbers": []' in raw and '\n        {\n          "text": ' in raw, raw[:300]
PY
"$bin" numbers "$dir/none.txt" 2>/dev/null | python3 -c 'import json,sys; assert json.load(sys.stdin)["documents"] == []' || fail "no documents"
"$bin" numbers --help | grep -q "bayan.numbers/1" || fail "--help"
"$bin" numbers --format xml "$dir/good.txt" 2>/dev/null; [ $? = 2 ] || fail "bad --format must be a usage error"
echo ok
