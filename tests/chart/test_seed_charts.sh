#!/usr/bin/env bash
# Issue 4's "Done means" on the seed article: the minerals bar chart (5 bars,
# sorted, Arabic labels), the transport-costs comparison with its ratio (and
# its check), the warming comparison, the glaciers and maritime shares, the
# key-figure cards, the infographic; no year charted as a value.
source "$(dirname "$0")/lib.sh"
seed="${BAYAN_SHARED_DIR:-}/seed/000_d76d7b8268016cc0.txt"
if [ ! -f "$seed" ]; then
  echo "skipped: the seed article ($seed) is not here (../shared is absent)"
  exit 77
fi
command -v python3 >/dev/null || { echo "skipped: python3 is needed to read the JSON"; exit 77; }
"$BIN" chart -q -o "$TMP/out" "$seed" || fail "chart exited $?"
python3 - "$TMP/out/000_d76d7b8268016cc0" "$seed" <<'PY'
import json, os, re, sys
d, seed = sys.argv[1], sys.argv[2]
text = open(seed, encoding="utf-8").read()
raw = open(seed, "rb").read()
m = json.load(open(os.path.join(d, "charts.json"), encoding="utf-8"))
errors = []
def need(ok, what):
    if not ok:
        errors.append(what)
specs = {}
for c in m["charts"]:
    for f in c["files"] + [c["spec"]]:
        need(os.path.getsize(os.path.join(d, f)) > 0, "file %s missing or empty" % f)
    specs[c["name"]] = json.load(open(os.path.join(d, c["spec"]), encoding="utf-8"))
    # every claim is traceable to its bytes and its sentence
    for k in c["claims"] + ([c["ratio"]] if c["ratio"] else []):
        need(raw[k["start"]:k["end"]].decode("utf-8") == k["text"], "claim %s offsets do not give its text" % k["id"])
        need(k["sentence_start"] <= k["start"] and k["end"] <= k["sentence_end"], "claim %s outside its sentence" % k["id"])
        need(k["text"] in k["sentence"] or k["text"].replace("\n", " ") in k["sentence"], "claim %s not in its quoted sentence" % k["id"])

def items(spec):
    return spec.get("data", [])
def values(spec):
    return [x["value"] for x in items(spec) if "value" in x]

# the minerals bar chart
bars = [s for s in specs.values() if s["type"] == "bar" and len(s["data"]) == 5]
need(len(bars) == 1, "one bar chart with 5 bars (found %d)" % len(bars))
if bars:
    b = bars[0]
    vs = values(b)
    need(vs == [39, 31, 20, 13, 9], "minerals values, sorted: %s" % vs)
    labels = [x["label"] for x in b["data"]]
    for want, lab in zip(["المنغنيز", "الكروم", "الرصاص", "الزنك", "التيتانيوم"], labels):
        need(want in lab, "minerals label %r for %r" % (lab, want))
    need(all(re.search("[\u0621-\u064A]", l) for l in labels), "Arabic labels")
    need(b.get("unit") == "percent" and b.get("lang") == "ar", "minerals unit and lang")

# the comparisons
comps = [s for s in specs.values() if s["type"] == "comparison"]
transport = [s for s in comps if sorted(values(s)) == [11, 50]]
need(len(transport) == 1, "the transport-costs comparison 50 vs 11")
if transport:
    r = transport[0].get("ratio")
    need(r and r["value"] == 5 and r.get("qualifier") == "approx", "its stated ratio ≈5: %s" % r)
checks = m["ratio_checks"]
need(any(abs(k["computed"] - 50 / 11) < 0.01 and k["stated"] == 5 and k["consistent"] for k in checks),
     "the ratio check 50/11 = 4.55 against about five: %s" % checks)
warming = [s for s in comps if sorted(values(s)) == [4, 7] and s.get("unit") == "celsius"]
need(len(warming) == 1, "the warming comparison 4 °C vs 7 °C")

# the shares
waffles = {(x["value"], x.get("qualifier")) for s in specs.values() if s["type"] == "waffle" for x in items(s)}
need((78, "up_to") in waffles, "the glaciers share up to 78%%: %s" % waffles)
need((80, "more_than") in waffles, "the maritime share more than 80%%: %s" % waffles)

# the key-figure cards, qualifiers kept
cards = [(x["value"], s.get("unit"), s.get("currency"), x.get("qualifier"))
         for s in specs.values() if s["type"] == "stat" for x in items(s)]
def card(v, unit, q=None, cur=None):
    need(any(c[0] == v and c[1] == unit and c[3] == q and (cur is None or c[2] == cur) for c in cards),
         "a card for %s %s %s: %s" % (v, unit, q or "", cards))
card(911, "count")
card(40, "count", "more_than")
card(5, "count")
card(628000000, "currency", None, "USD")
card(300, "count")
card(100000000, "count")
card(3, "times")

# no year is ever a value
years = {int(y) for y in re.findall(r"(?<![0-9])(1[89][0-9][0-9]|20[0-9][0-9])(?![0-9])", text)}
need(len(years) >= 4, "the seed's years were found (%s)" % years)
def all_numbers(spec):
    for x in spec.get("data", []):
        for k in ("value", "low", "high"):
            if k in x:
                yield x[k]
    for p in spec.get("panels", []):
        yield from all_numbers(p)
ig = json.load(open(os.path.join(d, "infographic.json"), encoding="utf-8"))
for name, s in list(specs.items()) + [("infographic", ig)]:
    for v in all_numbers(s):
        need(v not in years, "%s charts the year %s as a value" % (name, v))

# the infographic
need(ig["type"] == "infographic" and ig["title"] == text.split("\n")[0].strip(), "infographic title: %s" % ig.get("title"))
kinds = [p["type"] for p in ig["panels"]]
need(kinds[0] == "bar" and "comparison" in kinds and "stat" in kinds, "infographic panels: %s" % kinds)
for f in m["infographic"]["files"]:
    need(os.path.getsize(os.path.join(d, f)) > 10000, "%s too small" % f)
need(open(os.path.join(d, "infographic.png"), "rb").read(8) == b"\x89PNG\r\n\x1a\n", "infographic.png is a PNG")

if errors:
    print("\n".join("FAIL: " + e for e in errors), file=sys.stderr)
    sys.exit(1)
print("ok: %d charts, %d ratio check(s)" % (len(m["charts"]), len(checks)))
PY
