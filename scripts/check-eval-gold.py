#!/usr/bin/python3
"""Check gold annotation files against the format and rules of corpus/GUIDELINES.md.

Usage: check-eval-gold.py [--gold DIR] [--articles DIR] [--counts]
Defaults: tests/data/eval/gold and tests/data/eval/articles (relative to the repository root).

Checks, per gold file: valid JSON with "article", "source", "entities", "relations"; the article
exists; entity ids unique and canonical (ISO 3166-1 alpha-3 for countries, lower-case slugs
otherwise); types and kinds from the ontology; every alias occurs in the article; every relation's
type is known, its endpoints (and its recipient / supplier / location / user / weapon /
asserted_by attributes) are listed entities and fit the relation's signature; evidence is a span
of the article; weapons, locations and resolutions take part in a relation. Exit status 1 when
any check fails, listing every failure as FILE: message.
"""
import argparse
import collections
import json
import os
import re
import sys

TYPES = {"country", "actor", "weapon", "resolution", "location"}
KINDS = {"person", "organization"}
REF_ATTRS = ("recipient", "supplier", "location", "user", "weapon", "asserted_by")
# relation type -> (allowed source types, allowed target types); None = any
SIGNATURES = {
    "supplied": ({"country", "actor"}, {"weapon"}),
    "acquired": ({"country", "actor"}, {"weapon"}),
    "used": ({"country", "actor"}, {"weapon"}),
    "used-in": ({"weapon"}, {"country", "location"}),
    "attacked": ({"country", "actor"}, {"country", "actor", "location"}),
    "condemned": ({"country", "actor"}, None),
    "accused": ({"country", "actor"}, None),
    "denied": ({"country", "actor"}, None),
    "violated": ({"country", "actor"}, {"resolution"}),
    "urged": ({"country", "actor"}, {"country", "actor"}),
    "represents": ({"actor"}, {"country", "actor"}),
    "member-of": ({"country", "actor"}, {"actor"}),
    "sanctioned": ({"country", "actor"}, {"country", "actor"}),
}
ATTR_TYPES = {
    "recipient": {"country", "actor"},
    "supplier": {"country", "actor"},
    "user": {"country", "actor"},
    "location": {"country", "location"},
    "weapon": {"weapon"},
    "asserted_by": {"country", "actor"},
}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO3 = re.compile(r"^[A-Z]{3}$")


def norm_text(s):
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u2018", "'")).lower()


def check_file(path, articles_dir):
    errors = []
    err = errors.append
    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        return [f"not valid JSON: {e}"], None
    for key in ("article", "source", "entities", "relations"):
        if key not in gold:
            err(f"missing key {key!r}")
    if errors:
        return errors, None
    base = os.path.splitext(os.path.basename(path))[0]
    if gold["article"] != base + ".txt":
        err(f"article {gold['article']!r} does not match the file name {base}.txt")
    text = ""
    article = os.path.join(articles_dir, gold["article"])
    try:
        with open(article, encoding="utf-8") as f:
            text = norm_text(f.read())
    except OSError:
        err(f"article {article} not found")

    ents = {}
    for e in gold["entities"]:
        eid, etype = e.get("id"), e.get("type")
        if not eid or not etype or "name" not in e:
            err(f"entity without id, type or name: {e}")
            continue
        if eid in ents:
            err(f"duplicate entity id {eid}")
        ents[eid] = e
        if etype not in TYPES:
            err(f"{eid}: unknown type {etype!r}")
        if etype == "country" and not ISO3.match(eid):
            err(f"{eid}: a country id is an ISO 3166-1 alpha-3 code")
        if etype != "country" and not SLUG.match(eid):
            err(f"{eid}: not a lower-case slug")
        if etype == "actor" and e.get("kind") not in KINDS:
            err(f"{eid}: actor kind must be person or organization")
        if etype != "actor" and "kind" in e:
            err(f"{eid}: only actors have a kind")
        if not e.get("aliases"):
            err(f"{eid}: no aliases")
        for a in e.get("aliases", []):
            if text and norm_text(a) not in text:
                err(f"{eid}: alias {a!r} does not occur in the article")

    in_relation = set()
    seen = set()
    for r in gold["relations"]:
        src, rtype, tgt = r.get("source"), r.get("type"), r.get("target")
        label = f"{src} {rtype} {tgt}"
        if rtype not in SIGNATURES:
            err(f"{label}: unknown relation type")
            continue
        key = (src, rtype, tgt, r.get("asserted_by"))
        if key in seen:
            err(f"{label}: duplicate relation")
        seen.add(key)
        srcs, tgts = SIGNATURES[rtype]
        for end, allowed in ((src, srcs), (tgt, tgts)):
            if end not in ents:
                err(f"{label}: endpoint {end!r} is not a listed entity")
            elif allowed and ents[end]["type"] not in allowed:
                err(f"{label}: {end} has type {ents[end]['type']}, expected {sorted(allowed)}")
        if src == tgt:
            err(f"{label}: an edge from a node to itself")
        if rtype == "represents" and src in ents and ents[src].get("kind") != "person":
            err(f"{label}: represents starts at a person")
        for attr in REF_ATTRS:
            if attr in r:
                v = r[attr]
                if v not in ents:
                    err(f"{label}: {attr} {v!r} is not a listed entity")
                elif ents[v]["type"] not in ATTR_TYPES[attr]:
                    err(f"{label}: {attr} {v} has type {ents[v]['type']}")
        ev = r.get("evidence")
        if not ev:
            err(f"{label}: no evidence")
        elif text and norm_text(ev) not in text:
            err(f"{label}: evidence is not a span of the article: {ev!r}")
        in_relation.update([src, tgt])
    for eid, e in ents.items():
        if e.get("type") in ("weapon", "location", "resolution") and eid not in in_relation:
            err(f"{eid}: a {e['type']} is a node only when it is an endpoint of a relation")
    return errors, gold


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=os.path.join(root, "tests/data/eval/gold"))
    ap.add_argument("--articles", default=os.path.join(root, "tests/data/eval/articles"))
    ap.add_argument("--counts", action="store_true", help="print relation counts per article and type")
    args = ap.parse_args()
    files = sorted(f for f in os.listdir(args.gold) if f.endswith(".json"))
    if not files:
        print(f"no gold files in {args.gold}", file=sys.stderr)
        return 1
    articles = sorted(f for f in os.listdir(args.articles) if f.endswith(".txt"))
    failed = 0
    total = collections.Counter()
    for a in articles:
        if os.path.splitext(a)[0] + ".json" not in files:
            print(f"{a}: article without a gold file")
            failed += 1
    for name in files:
        errors, gold = check_file(os.path.join(args.gold, name), args.articles)
        for e in errors:
            print(f"{name}: {e}")
        failed += bool(errors)
        if gold and args.counts:
            c = collections.Counter(r["type"] for r in gold["relations"])
            total.update(c)
            print(f"{name[:-5]}: {sum(c.values())} relations: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    if args.counts:
        print(f"total: {sum(total.values())} relations: "
              + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    print(f"{len(files)} gold files, {failed} with errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
