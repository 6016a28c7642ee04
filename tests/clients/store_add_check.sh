#!/usr/bin/env bash
# newsgraph add / export / facts / stats end to end: a folder added, added
# again (nothing changes and it says so), a changed text stored as a version,
# export equal to extract of the same files, facts as JSON and CSV read back
# by Python, refusals by name, and a read-only or full disk giving one line
# and exit 1 (real file systems: a tiny tmpfs in a private mount namespace).
# Usage: bash store_add_check.sh NEWSGRAPH_BINARY REPO_ROOT WORK_DIR
set -uo pipefail
bin=$1
root=$2
work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
cd "$work" || exit 1
py=/usr/bin/python3

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

mkdir -p day1 day2
cp "$root"/examples/*.txt day1/
for f in attribution denial paragraph renamed; do cp "$root/tests/data/diff/$f-old.txt" day1/; done
cp "$root"/tests/data/diff/denial-new.txt day2/

# A folder, then the same folder again.
"$bin" add kb.db day1 -q || fail "add day1: exit $?"
"$bin" add kb.db day1 2>again.err || fail "add day1 again: exit $?"
grep -q "0 added, 0 new version(s), 5 already stored" again.err || fail "re-add did not say so: $(cat again.err)"
"$bin" stats kb.db --json >stats1.json || fail "stats: exit $?"
# The next day: a changed text of a known story is a version.
"$bin" add kb.db day2 2>day2.err || fail "add day2: exit $?"
grep -q "version 2 of 'Envoy says Pyongyang armed Moscow'" day2.err || fail "no version: $(cat day2.err)"
"$bin" stats kb.db --json >stats2.json || fail "stats: exit $?"
$py - stats1.json stats2.json <<'EOF' || fail "stats counts"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["articles"] == 5, a
assert b["articles"] == 6 and b["later_versions"] == 1, b
assert b["facts"] >= a["facts"] > 0
assert sum(b["facts_by_type"].values()) == b["facts"]
EOF

# Two versions of a story, from the store: as diff of the two files, diff's exit codes.
story='Envoy says Pyongyang armed Moscow'
"$bin" diff kb.db --versions "$story" >versions.txt; rc=$?
[ $rc = 1 ] || fail "diff --versions: exit $rc, expected 1 (differences)"
"$bin" diff day1/denial-old.txt day2/denial-new.txt >files.txt
diff <(tail -n +3 versions.txt) <(tail -n +3 files.txt) >/dev/null || fail "diff --versions differs from diff of the files"
head -1 versions.txt | grep -q -- "--- kb.db:v1:denial-old.txt" || fail "diff --versions header: $(head -1 versions.txt)"
"$bin" diff kb.db --versions "$story" 1 2 --format json >versions.json; [ $? = 1 ] || fail "diff --versions 1 2"
"$bin" diff kb.db --versions "$story" 2 2 >/dev/null; [ $? = 0 ] || fail "diff --versions 2 2: expected no differences"
"$bin" diff kb.db --versions "no such story" 2>nostory.err; [ $? = 2 ] || fail "diff of a missing story: expected 2"
grep -q "no story 'no such story'" nostory.err || fail "missing story message: $(cat nostory.err)"

# The whole store is what extract gives for the same files.
"$bin" extract day1/* day2/* -o extracted.graphml -q || fail "extract: exit $?"
"$bin" export kb.db -o exported.graphml -q || fail "export: exit $?"
cmp -s extracted.graphml exported.graphml || fail "export differs from extract of the same files"
"$bin" export kb.db -o exported.dot -q && grep -q '^digraph' exported.dot || fail "export to DOT"

# Slices: a neighbourhood, types; facts as JSON and CSV.
"$bin" export kb.db --entity RUS --depth 1 --type supplied,used -o rus.graphml -q || fail "export slice"
"$bin" facts kb.db --entity RUS --type supplied,used --format json >rus.json || fail "facts json"
"$bin" facts kb.db --entity RUS --type supplied,used --format csv >rus.csv || fail "facts csv"
$py - rus.graphml rus.json rus.csv <<'EOF' || fail "slice contents"
import csv, json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
facts = json.load(open(sys.argv[2]))
rows = list(csv.DictReader(open(sys.argv[3], newline="")))
assert g.number_of_edges() > 0
for u, v, d in g.edges(data=True):
    assert d["type"] in ("supplied", "used") and "RUS" in (u, v), (u, v, d)
assert facts and len(rows) == len(facts)
for f in facts:
    assert f["type"] in ("supplied", "used") and "RUS" in (f["source"], f["target"])
    assert f["evidence"] and f["article"]["name"].endswith(".txt")
assert {(r["source"], r["type"], r["target"]) for r in rows} == \
       {(f["source"], f["type"], f["target"]) for f in facts}
assert {(u, d["type"], v) for u, v, d in g.edges(data=True)} == \
       {(f["source"], f["type"], f["target"]) for f in facts}
EOF

# A progress line on a terminal only (script(1) gives the run a pty), none with -q
# or when standard error is a file.
if command -v script >/dev/null; then
  script -qec "'$bin' add tty.db day1" /dev/null >tty.out 2>&1
  tr '\r' '\n' <tty.out | grep -q '^\[5/5\] .* articles/s, .* left' || fail "no progress line on a terminal"
  script -qec "'$bin' add ttyq.db day1 -q" /dev/null >ttyq.out 2>&1
  grep -q 'articles/s' ttyq.out && fail "a progress line with -q"
fi
"$bin" add file.db day1 2>file.err
grep -q 'articles/s' file.err && fail "a progress line when standard error is a file"

# Refusals by name.
echo "not a database at all, just words in a file that is long enough" >notes.db
"$bin" add notes.db day1 2>notadb.err && fail "a text file was taken as a store"
grep -q "notes.db: not a newsgraph store" notadb.err || fail "not-a-store message: $(cat notadb.err)"
sqlite3 other.db "CREATE TABLE t(x);" 2>/dev/null || $py -c "import sqlite3; sqlite3.connect('other.db').execute('CREATE TABLE t(x)')"
"$bin" export other.db -o x.graphml 2>other.err && fail "another program's database was exported"
grep -q "other.db: not a newsgraph store" other.err || fail "other-db message: $(cat other.err)"
cp kb.db newer.db
$py -c "import sqlite3; c = sqlite3.connect('newer.db'); c.execute('PRAGMA user_version = 99'); c.commit()"
"$bin" stats newer.db 2>newer.err && fail "a newer store was read"
grep -q "newer.db: store schema version 99 is newer" newer.err || fail "newer message: $(cat newer.err)"

# A full disk and a read-only file system: one line, exit 1, nothing half-kept.
if [ "$(id -u)" = 0 ] && unshare --mount true 2>/dev/null; then
  mkdir -p small
  unshare --mount bash -c '
    mount -t tmpfs -o size=160k tmpfs small || exit 77
    "$1" add small/full.db "$2"/day1 -q --batch 100 2>full.err; echo $? >full.rc
    cp full.err full.rc "$2"/
    umount small && mount -t tmpfs -o size=4m tmpfs small || exit 77
    "$1" add small/ro.db "$2"/day1/sahel-drone-deliveries.txt -q || exit 3
    mount -o remount,ro small || exit 77
    "$1" add small/ro.db "$2"/day2 2>ro.err; echo $? >ro.rc
    cp ro.err ro.rc "$2"/
  ' _ "$bin" "$work" 2>/dev/null
  if [ -f full.rc ]; then
    # Five articles do not fit in 160 KiB of WAL; if they ever do, make it smaller.
    [ "$(cat full.rc)" = 1 ] || fail "disk full: exit $(cat full.rc)"
    [ "$(wc -l <full.err)" = 1 ] || fail "disk full: not one line: $(cat full.err)"
    grep -q "full.db: the disk is full" full.err || fail "disk full message: $(cat full.err)"
  else
    echo "note: no tmpfs for the disk-full case" >&2
  fi
  if [ -f ro.rc ]; then
    [ "$(cat ro.rc)" = 1 ] || fail "read-only: exit $(cat ro.rc)"
    [ "$(wc -l <ro.err)" = 1 ] || fail "read-only: not one line: $(cat ro.err)"
    grep -q "ro.db: .*read-only" ro.err || fail "read-only message: $(cat ro.err)"
  else
    echo "note: no remount for the read-only case" >&2
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "store add/export/facts/stats: all checks passed"
