#!/usr/bin/env bash
# Counts the fixed token windows left in the frame code: places where a frame
# looks up to a fixed number of tokens away instead of following the
# sentence's structure (a noun phrase, a clause, a coordinated group):
#  - a loop or range bounded by a distance: "k < t.last + 4", "k + 6 > t.first",
#    "std::min(end, t.last + 8)";
#  - a bound on skipped tokens or looked-at facts: "skip < 5", "n < 3", "looked < 200",
#    "max_skip = 4", "PossessorBefore(t.first, 6)".
# Index guards ("k >= s_.first + 2" before reading token k - 2) and fixed
# adjacency patterns ("a mention, a comma, then ...") are not windows.
# Usage: scripts/count-windows.sh [-v]   (-v lists them)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exec /usr/bin/python3 - "$root" "${1:-}" <<'PY'
import os, re, sys
root, verbose = sys.argv[1], sys.argv[2] == "-v"
frames = ["clause.cpp", "clause.hpp", "frames_arms.cpp", "frames_stance.cpp", "relations.cpp",
          "sentence_relations.hpp"]
N = r"(?:[2-9]|\d\d+)\b"
pos = r"(?!s_\.first|s_\.last)[\w.>-]+"  # a token position that is not a sentence bound
window = re.compile("|".join([
    rf"(?:<|<=|>|>=)\s*{pos}\s*\+\s*{N}",                 # k < t.last + 4
    rf"{pos}\s*\+\s*{N}\s*(?:<|<=|>|>=)(?!\s*(?:s_\.last|end)\b)",  # k + 6 > t.first
    rf"min(?:<\w+>)?\([^,()]+,\s*{pos}\s*\+\s*{N}\)",   # std::min(end, t.last + 8)
    rf"\b(?:skip|skipped|looked|max_skip|n)\b\s*(?:<=|<|=(?!=)|>)\s*{N}",
    rf"(?:PossessorBefore)\([^,()]+,\s*{N}\)",
]))
total = 0
print(f"{'file':24} {'windows':>8}")
for name in frames:
    path = os.path.join(root, "src", "extract", name)
    if not os.path.exists(path):
        continue
    found = []
    for n, line in enumerate(open(path), 1):
        code = re.sub(r"//.*", "", re.sub(r'"(?:[^"\\]|\\.)*"', '""', line))
        for m in window.finditer(code):
            found.append((n, m.group(0).strip()))
    total += len(found)
    print(f"{name:24} {len(found):8}")
    if verbose:
        for n, w in found:
            print(f"  {name}:{n}: {w}")
print(f"{'frame code':24} {total:8}")
PY
