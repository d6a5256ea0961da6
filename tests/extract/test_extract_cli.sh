#!/bin/bash
# bayan extract from the outside: formats, stdin, bad input and exit codes.
set -u
bin=${BAYAN_BIN:?BAYAN_BIN is not set}
data=${BAYAN_SOURCE_DIR:?BAYAN_SOURCE_DIR is not set}/tests/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
have_py=0
command -v python3 >/dev/null && have_py=1

# --help
"$bin" extract --help >"$tmp/help" 2>&1 || fail "--help exits non-zero"
grep -q -- "--format" "$tmp/help" || fail "--help does not describe --format"

# usage errors are exit 2
"$bin" extract --format xml "$data/example-en.txt" >/dev/null 2>&1
[ $? -eq 2 ] || fail "--format xml is not exit 2"
"$bin" extract --bogus "$data/example-en.txt" >/dev/null 2>&1
[ $? -eq 2 ] || fail "an unknown option is not exit 2"
"$bin" extract >/dev/null 2>&1
[ $? -eq 2 ] || fail "no files is not exit 2"

# JSON: schema, both documents, languages detected
"$bin" extract "$data/example-ar.txt" "$data/example-en.txt" >"$tmp/out.json" 2>"$tmp/err" || fail "extract of the examples failed: $(cat "$tmp/err")"
grep -q '"schema": "bayan.claims/1"' "$tmp/out.json" || fail "no claims schema in the JSON"
if [ $have_py = 1 ]; then
    python3 - "$tmp/out.json" <<'PY' || fail "the claims JSON is not as DESIGN.md says"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
docs = d["documents"]
assert len(docs) == 2, len(docs)
assert docs[0]["language"] == "ar" and docs[1]["language"] == "en", [x["language"] for x in docs]
keys = ["id", "text", "start", "end", "value", "low", "high", "unit", "currency", "qualifier",
        "label", "subject", "time", "source", "group"]
raw = open(docs[0]["path"], "rb").read()
for doc in docs:
    assert doc["claims"], doc["path"]
    raw = open(doc["path"], "rb").read()
    ids = set()
    for c in doc["claims"]:
        assert list(c.keys()) == keys, list(c.keys())
        assert raw[c["start"]:c["end"]].decode("utf-8") == c["text"], c
        ids.add(c["id"])
    for g in doc["groups"]:
        assert g["kind"] in ("series", "comparison", "single"), g
        assert set(g["members"]) <= ids and (g["ratio"] is None or g["ratio"] in ids), g
        for m in g["members"]:
            assert [c for c in doc["claims"] if c["id"] == m][0]["group"] == g["id"]
PY
fi

# stdin and --lang
"$bin" extract --lang en - <"$data/example-en.txt" >"$tmp/stdin.json" || fail "extract - failed"
grep -q '"path": "-"' "$tmp/stdin.json" || fail "stdin is not named -"
"$bin" extract --lang=ar "$data/example-en.txt" | grep -q '"language": "ar"' || fail "--lang=ar does not force Arabic"

# JSONL: one claim per line with its path
"$bin" extract --format jsonl "$data/example-en.txt" >"$tmp/out.jsonl" || fail "jsonl failed"
n_jsonl=$(wc -l <"$tmp/out.jsonl")
[ "$n_jsonl" -gt 5 ] || fail "jsonl has $n_jsonl lines"
if [ $have_py = 1 ]; then
    python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(line)
    assert c["path"].endswith("example-en.txt") and "value" in c and "label" in c
' "$tmp/out.jsonl" || fail "jsonl lines are not claims with a path"
fi

# TSV: a header, then one row per claim, 16 columns each
"$bin" extract --format tsv "$data/example-en.txt" >"$tmp/out.tsv" || fail "tsv failed"
head -1 "$tmp/out.tsv" | grep -q "^path	id	text	start	end	value" || fail "tsv header"
[ "$(wc -l <"$tmp/out.tsv")" -eq $((n_jsonl + 1)) ] || fail "tsv rows differ from jsonl claims"
awk -F'\t' 'NF != 16 { exit 1 }' "$tmp/out.tsv" || fail "a tsv row without 16 columns"

# bad input: exit 3 with the position, and the other files still done
printf 'ok line\nab\xffcd\n' >"$tmp/bad.txt"
: >"$tmp/empty.txt"
"$bin" extract "$tmp/bad.txt" "$tmp/empty.txt" "$data/example-en.txt" >"$tmp/mixed.json" 2>"$tmp/mixed.err"
rc=$?
[ $rc -eq 3 ] || fail "invalid UTF-8 gave exit $rc, not 3"
grep -q "^bayan: $tmp/bad.txt:2:3: error: invalid UTF-8 (byte 0x[fF][fF] at offset 10)" "$tmp/mixed.err" ||
    fail "diagnostic: $(cat "$tmp/mixed.err")"
if [ $have_py = 1 ]; then
    python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))["documents"]
assert len(d) == 2, len(d)
assert d[0]["claims"] == [] and d[0]["groups"] == []
assert d[1]["claims"]
' "$tmp/mixed.json" || fail "the good files after a bad one are missing"
fi
"$bin" extract "$tmp/nonexistent.txt" >/dev/null 2>&1
[ $? -eq 3 ] || fail "a missing file is not exit 3"

[ $fails -eq 0 ] && echo "all extract CLI checks passed"
exit $((fails > 0))
