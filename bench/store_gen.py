#!/usr/bin/env python3
"""Writes N plain-text articles generated from this repository's own texts.

Usage: store_gen.py REPO_ROOT OUT_DIR N [SEED] [--facts SENTENCES]

Default: each article is one of our texts (examples/, tests/data/diff/) with
its country names replaced by other states of schemas/lexicon/countries.tsv
and a numbered headline, so every text differs (a distinct content hash); the
facts repeat (about 3,300 distinct ones however large N is).

--facts SENTENCES: each article is an HTML page (headline, publication date
and outlet in its metadata) of SENTENCES sentences of the templates below, written for this generator, naming entities drawn
from our lexicons (countries, persons, organizations, locations, weapons),
so that nearly every statement is a fact of its own: N articles of S
sentences give about N * S distinct facts. Deterministic for a given seed.
"""
import datetime
import glob
import html
import os
import random
import re
import sys

# Our own sentence templates: {a} and {b} actors or countries, {w} a weapon,
# {l} a place, {d} a date. Each states one fact the extractor reads.
TEMPLATES = [
    "{a} condemned {b} on {d}.",
    "{a} accused {b} of breaking the ceasefire.",
    "{a} urged {b} to return to the talks.",
    "{a} sanctioned {b} on {d}, officials said.",
    "{a} attacked {l} on {d}.",
    "{a} used {w} missiles near {l}.",
    "{a} supplied {w} missiles to {b} on {d}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def names(root, lexicon, name_col=1, keep=lambda cols: True):
    out = []
    for line in open(os.path.join(root, "schemas/lexicon", lexicon), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) > name_col and cols[name_col] and keep(cols):
            out.append(cols[name_col])
    return out


def countries(root):
    return names(root, "countries.tsv", keep=lambda cols: " " not in cols[1])


def swapped_texts(root, out, n, rng):
    pool = countries(root)
    templates = []
    for path in sorted(glob.glob(os.path.join(root, "examples/*.txt")) +
                       glob.glob(os.path.join(root, "tests/data/diff/*.txt"))):
        templates.append(open(path, encoding="utf-8").read())
    used = sorted({w for t in templates for w in pool if re.search(r"\b%s\b" % w, t)})
    for i in range(n):
        text = templates[i % len(templates)]
        swap = dict(zip(used, rng.sample(pool, len(used))))
        text = re.sub(r"\b(%s)\b" % "|".join(used), lambda m: swap[m.group(1)], text)
        title, _, body = text.partition("\n")
        yield i, "txt", "%s (%d)\n%s" % (title, i + 1, body)


def fact_texts(root, n, sentences, rng):
    actors = (names(root, "countries.tsv") + names(root, "persons.tsv") +
              names(root, "organizations.tsv", keep=lambda c: c[-1] != "news-agency"))
    outlets = names(root, "organizations.tsv", keep=lambda c: c[-1] == "news-agency")[:8]
    places = names(root, "locations.tsv")
    weapons = names(root, "weapons.tsv", keep=lambda c: len(c) > 4 and c[4])  # named systems
    for i in range(n):
        # Dates spread over two years in the order of the files.
        date = datetime.date(2024, 1, 1) + datetime.timedelta(days=i * 730 // max(n, 1))
        title = "%s and %s Trade Charges (%d)" % (rng.choice(actors), rng.choice(actors), i + 1)
        body = []
        for _ in range(sentences):
            a, b = rng.sample(actors, 2)
            body.append(rng.choice(TEMPLATES).format(
                a=a, b=b, w=rng.choice(weapons), l=rng.choice(places),
                d="%s %d" % (MONTHS[rng.randrange(12)], rng.randrange(1, 29))))
        title = html.escape(title)
        page = ['<!DOCTYPE html>', '<html><head><title>%s</title>' % title,
                '<meta property="article:published_time" content="%s">' % date.isoformat(),
                '<meta property="og:site_name" content="%s">' % html.escape(rng.choice(outlets)),
                '</head><body><article><h1>%s</h1>' % title]
        page += ["<p>%s</p>" % html.escape(s) for s in body]
        page.append("</article></body></html>")
        yield i, "html", "\n".join(page) + "\n"


def main():
    args = sys.argv[1:]
    sentences = 0
    if "--facts" in args:
        at = args.index("--facts")
        sentences = int(args[at + 1])
        del args[at:at + 2]
    root, out, n = args[0], args[1], int(args[2])
    rng = random.Random(int(args[3]) if len(args) > 3 else 1)
    os.makedirs(out, exist_ok=True)
    width = len(str(n))
    texts = fact_texts(root, n, sentences, rng) if sentences else swapped_texts(root, out, n, rng)
    for i, ext, text in texts:
        with open(os.path.join(out, "a%0*d.%s" % (width, i + 1, ext)), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
