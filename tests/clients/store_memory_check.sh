#!/usr/bin/env bash
# Memory of newsgraph add is bounded: facts stream into the store in
# transactions of --batch articles and no more than a window of articles is
# in memory, so the peak resident memory of adding 2,000 generated articles
# stays within a small margin of that of 200 (ten times fewer). The page
# cache, bounded by --cache (16 MB by default), is held at 2 MB here so that
# it does not hide growth. The articles
# come from bench/store_gen.py --facts (distinct facts, about 11 per article).
# Usage: bash store_memory_check.sh NEWSGRAPH_BINARY REPO_ROOT WORK_DIR
set -uo pipefail
bin=$1
root=$2
work=$3
. "$root/tests/clients/check_util.sh"
[ -x /usr/bin/time ] || missing "/usr/bin/time (Debian package time)"
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
/usr/bin/python3 "$root/bench/store_gen.py" "$root" gen 2000 1 --facts 10 || exit 1
mkdir -p small && cp gen/a00[0-1]*.html small/  # a0001..a0199: 199 articles
peak() {  # peak KB of: add STORE DIR (batches of 50 articles)
  /usr/bin/time -f %M -o "$1.kb" "$bin" add "$1" "$2" -q -j 2 --batch 50 --cache 2 ||
    fail "add $2: exit $?"
  cat "$1.kb"
}
small_kb=$(peak small.db small)
large_kb=$(peak large.db gen)
facts=$("$bin" stats large.db --json | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["facts"])')
[ "${facts:-0}" -ge 15000 ] || fail "2,000 articles gave ${facts:-no} facts: the generator's facts repeat"
# Ten times the articles and facts: at most 10 % more memory.
[ "$large_kb" -le $((small_kb * 11 / 10)) ] ||
  fail "add: peak memory grows with the articles: $small_kb KB for 199, $large_kb KB for 2,000"
# The measure sees growth: extract holds the merged graph of all articles.
/usr/bin/time -f %M -o x.kb "$bin" extract gen/* -o x.graphml -q -j 2 || fail "extract: exit $?"
[ "$(cat x.kb)" -gt $((small_kb * 11 / 10)) ] ||
  fail "extract of 2,000 articles peaks at $(cat x.kb) KB: the bound cannot see growth"
[ $failures = 0 ] || exit 1
echo "store memory: add peaks at $small_kb KB for 199 articles, $large_kb KB for 2,000" \
  "($facts facts); extract of the 2,000: $(cat x.kb) KB"
