#!/usr/bin/env bash
# Nothing lost: a child `newsgraph add` is killed with SIGKILL in the middle
# of a run while a reader exports from the same store. The store must open,
# pass PRAGMA integrity_check, hold every batch committed before the kill and
# nothing of the unfinished one; the same add run again completes it, and the
# result is what extract gives for the same files. Also: --jobs 1 and 2 give
# the same bytes for extract and add.
# Usage: bash store_crash_check.sh NEWSGRAPH_BINARY REPO_ROOT WORK_DIR
set -uo pipefail
bin=$1
root=$2
work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
cd "$work" || exit 1
py=/usr/bin/python3
[ -x $py ] || { echo "skip: no $py" >&2; exit 77; }

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
count() { $py -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM articles').fetchone()[0])" "$1"; }

total=3000
batch=50
$py "$root/bench/store_gen.py" "$root" gen $total || exit 1

"$bin" add kb.db gen --batch $batch -j 1 -v 2>add.log &
pid=$!
# Wait for two committed batches, exporting from the store meanwhile.
exports=0
for _ in $(seq 1 600); do
  if [ $exports -ge 1 ] && grep -q "committed batch 2 " add.log 2>/dev/null; then break; fi
  if [ -f kb.db ] && "$bin" export kb.db -o reader.graphml -q 2>reader.err; then
    exports=$((exports + 1))
  elif [ -f kb.db ] && ! grep -q "no such table\|not a newsgraph store (empty)" reader.err; then
    fail "a reader could not export while add ran: $(cat reader.err)"
  fi
  sleep 0.05
done
kill -9 $pid
wait $pid
rc=$?
"$bin" export kb.db -o after.graphml -q 2>after.err || fail "export after SIGKILL: $(cat after.err)"
[ $rc = 137 ] || fail "add was not killed mid-run (exit $rc); make the run longer"
[ $exports -ge 1 ] || fail "no export ran while add was running"
$py -c "import xml.dom.minidom, sys; xml.dom.minidom.parse(sys.argv[1])" reader.graphml ||
  fail "the reader's export is not well-formed"

integrity=$(sqlite3 kb.db "PRAGMA integrity_check" 2>&1 ||
            $py -c "import sqlite3; print(sqlite3.connect('kb.db').execute('PRAGMA integrity_check').fetchone()[0])")
[ "$integrity" = ok ] || fail "integrity_check after SIGKILL: $integrity"
stored=$(count kb.db)
reported=$(grep -c "committed batch" add.log)
# A batch may commit and be killed before it says so: reported or one more.
if [ $((stored % batch)) != 0 ]; then
  fail "after SIGKILL the store holds $stored articles: part of a batch of $batch"
fi
if [ "$stored" -lt $((reported * batch)) ] || [ "$stored" -gt $(((reported + 1) * batch)) ]; then
  fail "after SIGKILL: $stored articles stored, $reported batch(es) of $batch reported committed"
fi
[ "$stored" -lt $total ] || fail "the run had finished before the kill"
"$bin" stats kb.db >/dev/null || fail "stats after SIGKILL"

# The same add again completes the store; a rerun skips what it holds.
"$bin" add kb.db gen --batch $batch -q || fail "rerun after SIGKILL: exit $?"
[ "$(count kb.db)" = $total ] || fail "rerun: $(count kb.db) articles, expected $total"
"$bin" export kb.db -o store.graphml -q || fail "export after rerun"
"$bin" extract gen -o /dev/null -q 2>/dev/null  # directories are for add only
"$bin" extract gen/* -o extract1.graphml -q -j 1 || fail "extract -j 1"
cmp -s store.graphml extract1.graphml || fail "the completed store differs from extract of its files"

# The same bytes for any number of threads.
"$bin" extract gen/a00*.txt gen/a01*.txt -o extract2.graphml -q -j 2 || fail "extract -j 2"
"$bin" extract gen/a00*.txt gen/a01*.txt -o extract1s.graphml -q -j 1 || fail "extract -j 1"
cmp -s extract1s.graphml extract2.graphml || fail "extract -j 1 and -j 2 differ"
"$bin" add j1.db gen/a00*.txt -q -j 1 --batch 7 || fail "add -j 1"
"$bin" add j3.db gen/a00*.txt -q -j 3 --batch 7 || fail "add -j 3"
"$bin" export j1.db -o j1.graphml -q && "$bin" export j3.db -o j3.graphml -q || fail "export j"
cmp -s j1.graphml j3.graphml || fail "add -j 1 and -j 3 give different stores"
sqlite3 j1.db .dump >j1.sql 2>/dev/null && sqlite3 j3.db .dump >j3.sql 2>/dev/null &&
  { cmp -s j1.sql j3.sql || fail "add -j 1 and -j 3: the store files' contents differ"; }

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "store crash safety: killed after $stored of $total articles ($reported batches reported), $exports export(s) meanwhile; all checks passed"
