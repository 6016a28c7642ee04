"""Writes tests/fuzz/fuzz_extract.dict, the news-English tokens of fuzz_extract, from schemas/:
every trigger form, the extractor's word classes, and names, titles and weapons of the lexicons
(every Nth, to keep the dictionary to a few hundred entries), plus punctuation and dates.

  /usr/bin/python3 tests/fuzz/news_dict.py > tests/fuzz/fuzz_extract.dict
"""
import os
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "schemas")


def rows(name):
    with open(os.path.join(root, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def main():
    tokens = []
    for cols in rows("extract/triggers.tsv"):
        tokens += cols[0].split("|")
    for cols in rows("extract/words.tsv"):
        tokens += cols[1].split("|")[:12] if len(cols) > 1 else []
    for name, column, step in (("lexicon/countries.tsv", 1, 4), ("lexicon/countries.tsv", 3, 8),
                               ("lexicon/titles.tsv", 0, 6), ("lexicon/weapons.tsv", 1, 8),
                               ("lexicon/organizations.tsv", 1, 20),
                               ("lexicon/persons.tsv", 1, 25)):
        values = [c[column].split("|")[0] for c in rows(name) if len(c) > column and c[column]]
        tokens += values[::step]
    tokens += [". ", ", ", "'s ", "\u2019s ", "\u201c", "\u201d", "\"", " -- ", "\u2014", "; ",
               ": ", "(", ")", "\n\n", "U.N. ", "Mr. ", "Dr. ", "Gen. ", "on Monday", "last week",
               "2024", "March 3", "according to ", "who ", "which ", "that ", "not ", "never ",
               "and ", "or ", "but ", "he ", "she ", "it ", "they ", "its ", "their "]
    seen = set()
    print("# news-English tokens for fuzz_extract, written by tests/fuzz/news_dict.py")
    for t in tokens:
        t = t.strip("\r") if t.strip() else t
        if not t or t in seen:
            continue
        seen.add(t)
        escaped = "".join(c if 0x20 <= ord(c) < 0x7F and c not in "\\\"" else
                          "".join(f"\\x{b:02X}" for b in c.encode("utf-8")) for c in t)
        print(f'"{escaped}"')
    return 0


if __name__ == "__main__":
    sys.exit(main())
