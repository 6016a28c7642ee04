#!/usr/bin/python3
"""Candidate trigger words for the extractor's relations, drawn from WordNet.

For each relation's seed verbs, every verb sense (synset) of the seed gives:
  synonym         the other words of the synset,
  hyponym         the words of its hyponyms (troponyms), two levels down,
  nominalization  the nouns derivationally related to any of those words
                  (WordNet's '+' pointers from that very word).
Output: one TSV row per (relation, lemma, pos, synset), sorted, with the seed and
sense it came from and the synset's gloss. Reviewers pick triggers from it; the
file is regenerated, never edited by hand:

  /usr/bin/python3 scripts/wordnet-candidates.py [--wordnet DIR] [--out FILE]

Reads Debian's wordnet-base data files directly (index.verb, data.verb,
data.noun); WordNet 3.0 licence, Princeton University (see README).
"""
import argparse
import os
import sys

SEEDS = [
    ("condemned", ["condemn", "criticize", "denounce"]),
    ("supplied", ["supply", "provide", "furnish", "equip"]),
    ("attacked", ["attack", "strike", "bomb", "shell"]),
    ("accused", ["accuse", "blame"]),
    ("denied", ["deny", "reject", "refute"]),
    ("urged", ["urge", "press"]),
    ("sanctioned", ["sanction"]),
    ("violated", ["violate", "breach"]),
    ("acquired", ["acquire", "buy", "obtain"]),
    ("used", ["use", "employ", "fire", "launch"]),
]
HYPONYM_DEPTH = 2
POS_FILES = {"v": "verb", "n": "noun", "a": "adj", "s": "adj", "r": "adv"}


class WordNet:
    def __init__(self, root):
        self.root = root
        self.index = {}     # (pos letter, lemma) -> [offsets]
        self.synsets = {}   # (pos file, offset) -> parsed synset
        self._data = {}     # pos file -> {offset: raw line}
        self._load_index("verb", "v")

    def _open(self, name):
        path = os.path.join(self.root, name)
        try:
            return open(path, encoding="latin-1")
        except OSError as e:
            sys.exit(f"{path}: {e.strerror} (install the Debian package wordnet-base)")

    def _load_index(self, name, pos):
        with self._open("index." + name) as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split()
                lemma, p_cnt = fields[0], int(fields[3])
                # lemma pos synset_cnt p_cnt [ptr]*p_cnt sense_cnt tagsense_cnt offsets...
                offsets = fields[4 + p_cnt + 2:]
                self.index[(pos, lemma)] = offsets

    def _lines(self, name):
        if name not in self._data:
            table = {}
            with self._open("data." + name) as f:
                for line in f:
                    if not line.startswith(" "):
                        table[line[:8]] = line
            self._data[name] = table
        return self._data[name]

    def synset(self, pos, offset):
        name = POS_FILES[pos]
        key = (name, offset)
        if key not in self.synsets:
            line = self._lines(name)[offset]
            body, _, gloss = line.partition(" | ")
            f = body.split()
            w_cnt = int(f[3], 16)
            words = [f[4 + 2 * i].replace("_", " ") for i in range(w_cnt)]
            i = 4 + 2 * w_cnt
            p_cnt = int(f[i])
            ptrs = []
            for k in range(p_cnt):
                sym, off, ppos, st = f[i + 1 + 4 * k: i + 5 + 4 * k]
                ptrs.append((sym, off, ppos, int(st[:2], 16), int(st[2:], 16)))
            self.synsets[key] = {
                "id": f"{offset}-{f[2]}",
                "words": words,
                "ptrs": ptrs,
                "gloss": gloss.strip().replace("\t", " "),
            }
        return self.synsets[key]


def base_word(word):
    return word.split("(")[0]  # adjective markers like "(a)"


def candidates(wn):
    rows = {}

    def add(relation, lemma, pos, syn, kind, seed, sense):
        key = (relation, lemma, pos, syn["id"])
        if key not in rows:
            rows[key] = (relation, lemma, pos, kind, syn["id"], seed, sense, syn["gloss"])

    def nominalizations(relation, syn, seed, sense):
        for w_no, word in enumerate(syn["words"], start=1):
            for sym, off, ppos, src, tgt in syn["ptrs"]:
                if sym == "+" and ppos == "n" and src == w_no:
                    noun = wn.synset("n", off)
                    add(relation, base_word(noun["words"][tgt - 1]).lower(), "n", noun,
                        "nominalization", seed, sense)

    for relation, seeds in SEEDS:
        for seed in seeds:
            for sense, off in enumerate(wn.index.get(("v", seed), []), start=1):
                syn = wn.synset("v", off)
                for word in syn["words"]:
                    add(relation, word.lower(), "v", syn,
                        "seed" if word.lower() == seed else "synonym", seed, sense)
                nominalizations(relation, syn, seed, sense)
                frontier = [syn]
                for _ in range(HYPONYM_DEPTH):
                    below = []
                    for s in frontier:
                        for sym, hoff, ppos, _, _ in s["ptrs"]:
                            if sym == "~" and ppos == "v":
                                below.append(wn.synset("v", hoff))
                    for h in below:
                        for word in h["words"]:
                            add(relation, word.lower(), "v", h, "hyponym", seed, sense)
                        nominalizations(relation, h, seed, sense)
                    frontier = below
    return sorted(rows.values())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", default=os.environ.get("NEWSGRAPH_WORDNET_DIR", "/usr/share/wordnet"))
    ap.add_argument("--out", default=os.path.normpath(os.path.join(here, "..", "schemas", "extract", "trigger-candidates.tsv")))
    args = ap.parse_args()
    wn = WordNet(args.wordnet)
    rows = candidates(wn)
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        out.write("# trigger-candidates.tsv: candidate trigger lemmas per relation from WordNet 3.0\n")
        out.write("# (Princeton University, WordNet 3.0 licence). Generated by scripts/wordnet-candidates.py;\n")
        out.write("# do not edit: review it and copy the triggers you keep into triggers.tsv.\n")
        out.write("# kind: seed | synonym (same synset) | hyponym (troponyms, 2 levels) |\n")
        out.write("#   nominalization (noun derivationally related to one of those words)\n")
        out.write("# sense: the seed's WordNet verb sense number the row comes from.\n")
        out.write("relation\tlemma\tpos\tkind\tsynset\tseed\tsense\tgloss\n")
        for r in rows:
            out.write("\t".join(str(x) for x in r) + "\n")
    os.replace(tmp, args.out)
    print(f"{args.out}: {len(rows)} candidates", file=sys.stderr)


if __name__ == "__main__":
    main()
