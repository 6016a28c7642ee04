#!/usr/bin/env bash
# Quality ratchet: scores build/newsgraph on the dev corpus when ../shared is present and fails
# if any figure falls below scripts/quality-floor.txt. Skips cleanly without ../shared.
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
"$py" "$shared/eval/score.py" --gold "$shared/corpus/gold" --articles "$shared/corpus/articles" \
  --cmd 'build/newsgraph extract -q {article} -o {out}' --json "$out/totals.json" > "$out/report.txt"
tail -n 20 "$out/report.txt"
"$py" - "$out/totals.json" "$out/report.txt" "$root/scripts/quality-floor.txt" <<'PY'
import json, re, sys
totals = json.load(open(sys.argv[1]))
report = open(sys.argv[2]).read()
floor = {}
for line in open(sys.argv[3]):
    line = line.split("#")[0].split()
    if len(line) == 2:
        floor[line[0]] = float(line[1])
checks = [("nodes", totals["nodes"]["F1"]), ("edges_strict", totals["edges strict"]["F1"]),
          ("edges_lenient", totals["edges lenient"]["F1"])]
failed = []
for name, value in checks:
    if value + 1e-9 < floor[name]:
        failed.append(f"{name} F1 {value:.3f} < floor {floor[name]:.2f}")
for m in re.finditer(r"^\s+(\S+)\s+gold\s+(\d+)\s+pred\s+(\d+)\s+P [\d.]+ R [\d.]+ F1 ([\d.]+)", report, re.M):
    rel, gold, f1 = m.group(1), int(m.group(2)), float(m.group(4))
    if gold >= floor["type_min_gold"] and f1 + 1e-9 < floor["type_min_f1"]:
        failed.append(f"relation {rel} F1 {f1:.2f} < floor {floor['type_min_f1']:.2f}")
if failed:
    print("quality: below the floor:\n  " + "\n  ".join(failed))
    sys.exit(1)
print("quality: at or above the floor (scripts/quality-floor.txt)")
PY
