#!/bin/bash
# Alternating whole-process runs: `check A B --format sarif` of each bundle given, and the floor (a
# Node process that reads both files and splits them into lines), one run of each per round, so a
# drifting machine slows them alike. Prints median, min and max wall time (ms) per entry.
#
#   bash bench/abwall.sh RUNS SIZE ENTRY...
#     SIZE   lines per chassis of a generated pair in bench/out/pair-SIZE (npm run bench makes
#            them), or "example" for fixtures/pairs/clean
#     ENTRY  "floor", or a bin such as dist/rglint.js (a copy of dist/ keeps an older build to
#            compare with; it needs package.json, rules-docs and schemas beside it)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 3 ]; then sed -n 2,10p "$0" | sed 's/^# \{0,1\}//'; exit 2; fi
RUNS=$1; SIZE=$2; shift 2
if [ "$SIZE" = example ]; then P=fixtures/pairs/clean; else P=bench/out/pair-$SIZE; fi
if [ ! -f "$P/a.cfg" ] || [ ! -f "$P/b.cfg" ]; then echo "abwall: no pair in $P (run npm run bench first)" >&2; exit 2; fi
FLOOR="let n=0;for(const f of process.argv.slice(1))n+=require('node:fs').readFileSync(f,'utf8').split('\\n').length;if(n<0)console.log(n)"
for _ in $(seq "$RUNS"); do
  for x in "$@"; do
    s=$(date +%s%N)
    if [ "$x" = floor ]; then node -e "$FLOOR" "$P/a.cfg" "$P/b.cfg"; else node "$x" check "$P/a.cfg" "$P/b.cfg" --format sarif >/dev/null || true; fi
    e=$(date +%s%N)
    echo "$x $(((e - s) / 1000000))"
  done
done | node -e '
const by = {};
for (const l of require("fs").readFileSync(0, "utf8").trim().split("\n")) {
  const [k, v] = l.split(" ");
  (by[k] ??= []).push(Number(v));
}
for (const [k, a] of Object.entries(by)) {
  a.sort((x, y) => x - y);
  console.log(k.padEnd(28), "median", a[(a.length - 1) >> 1], "min", a[0], "max", a[a.length - 1]);
}'
