#!/usr/bin/env bash
# Broken specs: exit 3, "bayan: SPEC:LINE:COL: error: ..." pointing at the
# culprit, no output file, and a good output file already there untouched.
set -u
BIN=${BAYAN_BIN:?BAYAN_BIN not set}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
n=0

# case NAME EXPECTED_POSITION MESSAGE_FRAGMENT  (spec on stdin)
case_() {
  local name=$1 pos=$2 frag=$3
  local spec="$tmp/$name.json" out="$tmp/$name.png"
  cat > "$spec"
  n=$((n + 1))
  "$BIN" render "$spec" -o "$out" 2> "$tmp/err"
  local rc=$?
  local err
  err=$(cat "$tmp/err")
  if [ $rc -ne 3 ]; then echo "FAIL $name: exit $rc, want 3 ($err)"; fails=$((fails + 1)); return; fi
  if [[ "$err" != "bayan: $spec:$pos: error: "* ]]; then
    echo "FAIL $name: want position $pos, got: $err"; fails=$((fails + 1)); return
  fi
  if [[ "$err" != *"$frag"* ]]; then echo "FAIL $name: message lacks '$frag': $err"; fails=$((fails + 1)); return; fi
  if [ -e "$out" ]; then echo "FAIL $name: left an output file"; fails=$((fails + 1)); return; fi
  # a good chart already at the output path survives a failed run
  printf 'GOOD' > "$out"
  "$BIN" render "$spec" -o "$out" 2>/dev/null
  if [ "$(cat "$out")" != GOOD ]; then echo "FAIL $name: clobbered an existing output"; fails=$((fails + 1)); return; fi
  rm -f "$out"
  if ls "$tmp" | grep -q '\.tmp-'; then echo "FAIL $name: left a temporary file"; fails=$((fails + 1)); return; fi
  echo "ok   $name -> $err"
}

case_ bad_json 3:38 "invalid JSON" <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "data": [{"label": "a", "value": 1},]
}
J
case_ truncated 4:1 "invalid JSON" <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "data": [
J
case_ unknown_key 3:2 'unknown key "colour"' <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "colour": "red",
 "data": [{"label": "a", "value": 1}]}
J
case_ unknown_item_key 4:26 'unknown key "vlaue"' <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "data": [{"label": "a", "value": 1},
          {"label": "b", "vlaue": 2}]}
J
case_ unknown_type 2:10 '"pie" is not known' <<'J'
{"schema": "bayan.chart/1",
 "type": "pie",
 "data": [{"label": "a", "value": 1}]}
J
case_ missing_data 1:1 'missing "data"' <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "title": "no data"}
J
case_ empty_data 3:10 '"data" is empty' <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "data": []}
J
case_ string_value 3:35 "must be a number" <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "data": [{"label": "a", "value": "39"}]}
J
case_ nan 3:37 "invalid JSON" <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "data": [{"label": "a", "value": NaN}]}
J
case_ overflow 3:39 "invalid JSON" <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "data": [{"label": "a", "value": 1e400}]}
J
case_ huge 3:35 "too large" <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "data": [{"label": "a", "value": 1e300}]}
J
case_ negative_waffle 4:35 "negative" <<'J'
{"schema": "bayan.chart/1",
 "type": "waffle", "unit": "percent",
 "data": [{"label": "a", "value": 30},
          {"label": "b", "value": -5}]}
J
case_ waffle_over_100 3:35 "more than 100" <<'J'
{"schema": "bayan.chart/1",
 "type": "waffle", "unit": "percent",
 "data": [{"label": "a", "value": 130}]}
J
case_ width_too_big 3:11 '"width" must be between' <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "width": 99999,
 "data": [{"label": "a", "value": 1}]}
J
case_ height_fraction 3:12 "whole number" <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "height": 400.5,
 "data": [{"label": "a", "value": 1}]}
J
case_ low_above_high 3:44 '"high" is below "low"' <<'J'
{"schema": "bayan.chart/1",
 "type": "range",
 "data": [{"label": "a", "low": 4, "high": 2}]}
J
case_ comparison_one 3:10 "at least 2" <<'J'
{"schema": "bayan.chart/1",
 "type": "comparison",
 "data": [{"label": "a", "value": 1}]}
J
case_ bad_qualifier 3:51 '"about" is not known' <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "data": [{"label": "a", "value": 1, "qualifier": "about"}]}
J
case_ wrong_schema 1:12 '"schema" must be' <<'J'
{"schema": "bayan.chart/2",
 "type": "bar",
 "data": [{"label": "a", "value": 1}]}
J
case_ not_object 1:1 "must be a JSON object" <<'J'
[{"label": "a", "value": 1}]
J
case_ duplicate_key 3:7 "invalid JSON" <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "type": "column",
 "data": [{"label": "a", "value": 1}]}
J
case_ panel_typo 5:4 'unknown key "dta"' <<'J'
{"schema": "bayan.chart/1",
 "type": "infographic",
 "title": "t",
 "panels": [{"type": "stat",
   "dta": [{"value": 3}]}]}
J
case_ missing_label 3:11 'needs a "label"' <<'J'
{"schema": "bayan.chart/1",
 "type": "bar",
 "data": [{"value": 1}]}
J
case_ arabic_key_column 2:14 'unknown key "لون"' <<'J'
{"schema": "bayan.chart/1", "type": "bar", "title": "عنوان",
 "data": [], "لون": "أحمر"}
J
printf '{"schema": "bayan.chart/1", "type": "bar", "title": "\xff\xfe", "data": [{"label": "a", "value": 1}]}' > "$tmp/bad_utf8.json"
n=$((n + 1))
"$BIN" render "$tmp/bad_utf8.json" -o "$tmp/bad_utf8.png" 2> "$tmp/err"; rc=$?
if [ $rc -ne 3 ] || ! grep -q "bad_utf8.json:1:[0-9]*: error: invalid JSON" "$tmp/err" || [ -e "$tmp/bad_utf8.png" ]; then
  echo "FAIL bad_utf8: exit $rc: $(cat "$tmp/err")"; fails=$((fails + 1))
else echo "ok   bad_utf8 -> $(cat "$tmp/err")"; fi

# sizes beyond the limits on the command line: bad input too, nothing written
good="$tmp/good.json"
printf '{"schema": "bayan.chart/1", "type": "bar", "data": [{"label": "a", "value": 1}]}' > "$good"
for opt in "--width 99999" "--height 50" "--scale 20"; do
  n=$((n + 1))
  # shellcheck disable=SC2086
  "$BIN" render "$good" -o "$tmp/opt.png" $opt 2> "$tmp/err"; rc=$?
  if [ $rc -ne 3 ] || [ -e "$tmp/opt.png" ]; then echo "FAIL option $opt: exit $rc $(cat "$tmp/err")"; fails=$((fails + 1));
  else echo "ok   $opt -> $(cat "$tmp/err")"; fi
done
# and the good spec itself renders
"$BIN" render "$good" -o "$tmp/good.png" || { echo "FAIL: the good spec did not render"; fails=$((fails + 1)); }

echo "$((n - fails))/$n broken-spec cases behave"
[ $fails -eq 0 ]
