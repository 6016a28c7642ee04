#!/usr/bin/env bash
# Counts the English word literals left in the extractor's C++ (knowledge of
# English belongs in schemas/; see schemas/extract/words.tsv).
# A word literal is a string literal of lower-case letters, apostrophes,
# spaces, dots and hyphens, outside comments. Reported apart:
#  - keys: literals that are names defined in schemas/ (ontology node types,
#    kinds, relations and roles, lexicon ids and categories, the columns and
#    word-class names of our own TSV files): identifiers, not English;
#  - English: all the others, in total and in the frame files
#    (relations.cpp, frames_arms.cpp, frames_stance.cpp, clause.cpp).
# Usage: scripts/count-literals.sh [-v]   (-v lists the English literals)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exec /usr/bin/python3 - "$root" "${1:-}" <<'PY'
import glob, json, os, re, sys
root, verbose = sys.argv[1], sys.argv[2] == "-v"
schemas = os.path.join(root, "schemas")

keys = set()
def walk(x):
    if isinstance(x, dict):
        for k, v in x.items():
            keys.add(k); walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
    elif isinstance(x, str) and re.fullmatch(r"[a-z][a-z-]*", x):
        keys.add(x)
for f in glob.glob(os.path.join(schemas, "*.json")):
    walk(json.load(open(f)))
def columns(path):
    for line in open(path):
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.rstrip("\n").split("\t")]
# Lexicon ids (column 1) and the coded columns after the names.
for name, coded in {"organizations": [0, 4], "weapons": [0, 3], "locations": [0], "persons": [0, 4]}.items():
    for cols in columns(os.path.join(schemas, "lexicon", name + ".tsv")):
        keys.update(cols[i] for i in coded if i < len(cols) and cols[i])
for cols in columns(os.path.join(schemas, "lexicon", "titles.tsv")):
    keys.update(cols[1:3])
keys.update({"country", "body", "none", "yes", "no", "sometimes"})  # titles.tsv, abbreviations.txt
for cols in columns(os.path.join(schemas, "extract", "triggers.tsv")):
    keys.update(cols[1:4])
for cols in columns(os.path.join(schemas, "extract", "words.tsv")):
    keys.add(cols[0])
keys.discard("")

literal = re.compile(r'"([a-z][a-z\' .-]*)"')
frames = {"relations.cpp", "frames_arms.cpp", "frames_stance.cpp", "clause.cpp"}
total = {"english": 0, "keys": 0}
frame_total = {"english": 0, "keys": 0}
rows = []
for path in sorted(glob.glob(os.path.join(root, "src", "extract", "*.cpp"))):
    name = os.path.basename(path)
    english = []
    nkeys = 0
    for n, line in enumerate(open(path), 1):
        code = re.sub(r"//.*", "", re.sub(r'"(?:[^"\\]|\\.)*"', lambda m: m.group(0).replace("//", "\0"), line))
        for m in literal.finditer(code):
            if m.group(1) in keys:
                nkeys += 1
            else:
                english.append((n, m.group(1)))
    rows.append((name, len(english), nkeys))
    total["english"] += len(english); total["keys"] += nkeys
    if name in frames:
        frame_total["english"] += len(english); frame_total["keys"] += nkeys
    if verbose:
        for n, w in english:
            print(f"  {name}:{n}: \"{w}\"")
print(f"{'file':22} {'english':>8} {'keys':>6}")
for name, e, k in rows:
    print(f"{name:22} {e:8} {k:6}")
print(f"{'all src/extract':22} {total['english']:8} {total['keys']:6}")
print(f"{'frame files':22} {frame_total['english']:8} {frame_total['keys']:6}")
PY
