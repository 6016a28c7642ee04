#!/usr/bin/env bash
# Quality ratchet: scores build/newsgraph on the dev corpus (../shared/corpus) and on our own
# evaluation set (tests/data/eval) and fails if any figure falls below scripts/quality-floor.txt.
# The scorer lives in ../shared: without it the stage is skipped cleanly.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared="$root/../shared"
if [ ! -f "$shared/eval/score.py" ] || [ ! -d "$shared/corpus/gold" ]; then
  echo "quality: ../shared is absent; skipped"
  exit 0
fi
py=/usr/bin/python3
[ -x "$py" ] || py=python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
score() {  # score NAME GOLD ARTICLES
  "$py" "$shared/eval/score.py" --gold "$2" --articles "$3" \
    --cmd 'build/newsgraph extract -q {article} -o {out}' --json "$out/$1.json" > "$out/$1.txt"
  echo "== quality: $1"
  tail -n 3 "$out/$1.txt"
}
score dev "$shared/corpus/gold" "$shared/corpus/articles"
score eval tests/data/eval/gold tests/data/eval/articles
"$py" - "$out" "$root/scripts/quality-floor.txt" <<'PY'
import json, re, sys
out, floor_path = sys.argv[1], sys.argv[2]
floor = {}
for line in open(floor_path):
    line = line.split("#")[0].split()
    if len(line) == 2:
        floor[line[0]] = float(line[1])
failed = []
for prefix, name in (("", "dev"), ("eval_", "eval")):
    totals = json.load(open(f"{out}/{name}.json"))
    for key, measure in (("nodes", "nodes"), ("edges_strict", "edges strict"), ("edges_lenient", "edges lenient")):
        value = totals[measure]["F1"]
        if value + 1e-9 < floor[prefix + key]:
            failed.append(f"{name} {key} F1 {value:.3f} < floor {floor[prefix + key]:.2f}")
report = open(f"{out}/dev.txt").read()
for m in re.finditer(r"^\s+(\S+)\s+gold\s+(\d+)\s+pred\s+(\d+)\s+P [\d.]+ R [\d.]+ F1 ([\d.]+)", report, re.M):
    rel, gold, f1 = m.group(1), int(m.group(2)), float(m.group(4))
    if gold >= floor["type_min_gold"] and f1 + 1e-9 < floor["type_min_f1"]:
        failed.append(f"dev relation {rel} F1 {f1:.2f} < floor {floor['type_min_f1']:.2f}")
if failed:
    print("quality: below the floor:\n  " + "\n  ".join(failed))
    sys.exit(1)
print("quality: at or above the floor (scripts/quality-floor.txt)")
PY
