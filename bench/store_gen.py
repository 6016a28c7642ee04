#!/usr/bin/env python3
"""Writes N plain-text articles generated from this repository's own texts.

Usage: store_gen.py REPO_ROOT OUT_DIR N [SEED]

Each article is one of our texts (examples/, tests/data/diff/) with its
country names replaced by other states of schemas/lexicon/countries.tsv and a
numbered headline, so every text differs (a distinct content hash) and the
facts spread over many entities. Deterministic for a given seed.
"""
import glob
import os
import random
import re
import sys


def countries(root):
    names = []
    for line in open(os.path.join(root, "schemas/lexicon/countries.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 1 and " " not in cols[1]:
            names.append(cols[1])
    return names


def main():
    root, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    names = countries(root)
    templates = []
    for path in sorted(glob.glob(os.path.join(root, "examples/*.txt")) +
                       glob.glob(os.path.join(root, "tests/data/diff/*.txt"))):
        templates.append(open(path, encoding="utf-8").read())
    used = sorted({w for t in templates for w in names if re.search(r"\b%s\b" % w, t)})
    os.makedirs(out, exist_ok=True)
    width = len(str(n))
    for i in range(n):
        text = templates[i % len(templates)]
        swap = dict(zip(used, rng.sample(names, len(used))))
        text = re.sub(r"\b(%s)\b" % "|".join(used), lambda m: swap[m.group(1)], text)
        title, _, body = text.partition("\n")
        text = "%s (%d)\n%s" % (title, i + 1, body)
        with open(os.path.join(out, "a%0*d.txt" % (width, i + 1)), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
