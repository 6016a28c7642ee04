#!/usr/bin/env bash
# CLI-level bad input: every case gives a one-line error naming the file (and
# the offset or line where one applies) and exit code 1, good inputs next to
# bad ones are still processed and the bad ones counted, and an existing
# output is never harmed by a failed run. Big inputs are generated here, in
# WORK, never committed.
# Usage: bash bad_input_check.sh NEWSGRAPH_BINARY REPO_ROOT WORK_DIR
set -uo pipefail
bin=$1
root=$2
work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
cd "$work" || exit 1

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# run NAME EXPECTED_EXIT STDERR_PATTERN -- ARGS...: runs newsgraph ARGS and
# checks its exit code, that it did not crash, and that stderr matches the
# extended regex (EMPTY: stderr must be empty). Standard input is the file
# $stdin_file (default /dev/null).
run() {
  local name=$1 want=$2 pattern=$3
  shift 4
  local rc=0
  "$bin" "$@" <"${stdin_file:-/dev/null}" >"$name.out" 2>"$name.err" || rc=$?
  if [ "$rc" -ne "$want" ]; then
    fail "$name: exit $rc, expected $want; stderr:"
    sed 's/^/    /' "$name.err" >&2
    return
  fi
  if grep -q 'internal error\|Assertion\|Sanitizer\|terminate called' "$name.err"; then
    fail "$name: crashed:"
    sed 's/^/    /' "$name.err" >&2
  elif [ "$pattern" = EMPTY ] && [ -s "$name.err" ]; then
    fail "$name: expected no message, got:"
    sed 's/^/    /' "$name.err" >&2
  elif [ "$pattern" != EMPTY ] && ! grep -Eq -- "$pattern" "$name.err"; then
    fail "$name: stderr does not match /$pattern/:"
    sed 's/^/    /' "$name.err" >&2
  else
    echo "ok: $name"
  fi
}

good=good.txt
printf 'Seoul protests new launch\n\nNorth Korea fired a missile on Monday, officials said.\n' >"$good"

# --- inputs that are not articles -------------------------------------------
: >empty.txt
run empty 1 '^newsgraph extract: empty\.txt: empty file$' -- extract empty.txt -o e.graphml

printf '\n \r\n\t\n' >blank.txt
run blank 1 'blank\.txt: no article text' -- extract blank.txt -o e.graphml

printf 'GIF89a\001\000\002\000\200\000\000' >image.txt
run binary 1 'image\.txt: byte offset 7: binary file \(NUL byte\)' -- extract image.txt -o e.graphml

head -c 4096 /dev/urandom >random.bin 2>/dev/null || printf '\x00\xff\xfe' >random.bin
run random 1 'random\.bin: byte offset [0-9]+: ' -- extract random.bin -o e.graphml

printf 'Seoul said\n\217 the envoy left.\n' >badutf8.txt
run invalid-utf8 1 'badutf8\.txt: byte offset 11: invalid UTF-8 byte 0x8F' -- extract badutf8.txt -o e.graphml

printf 'N\000K\000 \000f\000i\000r\000e\000d\000.\000' >utf16-nobom.txt
run utf16-without-bom 1 'utf16-nobom\.txt: byte offset 1: looks like UTF-16 without a byte-order mark' \
  -- extract utf16-nobom.txt -o e.graphml

run missing 1 'does-not-exist\.txt: No such file or directory' -- extract does-not-exist.txt -o e.graphml
mkdir -p adir
run directory 1 'adir: is a directory' -- extract adir -o e.graphml
if [ "$(id -u)" -ne 0 ]; then  # root reads anything
  cp "$good" unreadable.txt && chmod 000 unreadable.txt
  run unreadable 1 'unreadable\.txt: .*Permission denied' -- extract unreadable.txt -o e.graphml
fi

# --- odd but good encodings: converted, with a note for Windows-1252 ---------
printf '\377\376K\000y\000i\000v\000 \000s\000a\000i\000d\000.\000' >utf16.txt
run utf16-bom 0 '^newsgraph extract: utf16\.txt: converted from UTF-16LE$' -- extract utf16.txt -o utf16.graphml
printf 'The envoy\222s reply was \223no\224.\r\n' >cp1252.txt
run cp1252 0 'cp1252\.txt: not valid UTF-8: decoded 3 byte\(s\) as Windows-1252 \(first at byte offset 9\)' \
  -- extract cp1252.txt -o cp1252.graphml

# --- huge and deep inputs: refused fast, with the limit named ------------------
# 100 MB on one line (over the 64 MiB file limit).
head -c 104857600 /dev/zero | tr '\0' 'a' >bigline.txt
start=$(date +%s)
run 100MB-line 1 'bigline\.txt: 104857600 bytes is larger than the limit of 67108864 bytes' \
  -- extract bigline.txt -o e.graphml
[ $(($(date +%s) - start)) -le 20 ] || fail "100MB-line: took more than 20 s"
rm -f bigline.txt
# 5 MB of prose: a readable file, but over the 4 MiB article text limit.
python3 -c 'import sys; sys.stdout.write("The talks went on for hours and ended late. " * 120000)' >long.txt
run long-text 1 'long\.txt: article text of [0-9]+ bytes is larger than the limit of 4194304 bytes' \
  -- extract long.txt -o e.graphml

# 100 000 nested elements: gumbo would take minutes; refused at the limit.
python3 -c 'import sys; sys.stdout.write("<html><body>" + "<div>" * 100000 + "deep")' >deep.html
start=$(date +%s)
run deep-html 1 'deep\.html: byte offset 10252: HTML elements nested deeper than 2048' \
  -- extract deep.html -o e.graphml
[ $(($(date +%s) - start)) -le 10 ] || fail "deep-html: took more than 10 s"
# ... while 1000 levels is a page we read.
python3 -c 'import sys; sys.stdout.write("<html><body>" + "<div>" * 1000 + "<p>North Korea fired a missile.</p>")' >nested.html
run nested-html 0 EMPTY -- extract nested.html -o nested.graphml

# --- GraphML with a DOCTYPE / entity bomb (the reader must refuse DOCTYPE) -----
cat >bomb.graphml <<'XML'
<?xml version="1.0"?>
<!DOCTYPE graphml [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed"><node id="n"><data key="label">&d;&d;&d;&d;</data></node></graph>
</graphml>
XML
run entity-bomb 1 '^newsgraph convert: bomb\.graphml:2:[0-9]+: .*DOCTYPE' -- convert bomb.graphml bomb.dot
[ ! -e bomb.dot ] || fail "entity-bomb: wrote an output"
printf '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "file:///etc/passwd">\n<graphml/>\n' >doctype.graphml
run doctype 1 'doctype\.graphml:2:[0-9]+: .*DOCTYPE' -- convert doctype.graphml doctype.dot

# --- GraphML nested 50 000 deep (issue 11: the XML parser recursed per level) --
python3 -c 'import sys; sys.stdout.write("<graphml><graph>\n" + "<n>" * 50000 + "</n>" * 50000 + "</graph></graphml>\n")' >deep.graphml
run deep-graphml 1 '^newsgraph convert: deep\.graphml:2:763: XML elements nested deeper than 256 levels' \
  -- convert deep.graphml deep.dot
[ ! -e deep.dot ] || fail "deep-graphml: wrote an output"
stdin_file=deep.graphml run deep-graphml-stdin 1 '^newsgraph convert: <stdin>:2:763: XML elements nested deeper' \
  -- convert - deep.dot
# diff follows diff(1): trouble is exit 2.
run deep-graphml-diff 2 'deep\.graphml:2:763: XML elements nested deeper than 256 levels' \
  -- diff deep.graphml deep.graphml

# A graph given to extract by mistake.
run graphml-to-extract 1 'bomb\.graphml: this is a GraphML graph, not an article' \
  -- extract bomb.graphml -o e.graphml

# --- an article on standard input ('-'): text or HTML told by content --------
"$bin" extract "$good" -o file.graphml 2>/dev/null || fail "stdin: extracting $good failed"
stdin_file=$good run stdin-text 0 EMPTY -- extract - -o stdin.graphml
sed 's/good\.txt/stdin/g' file.graphml | cmp -s - stdin.graphml ||
  fail "stdin-text: the graph differs from the file's (article name aside)"
grep -q 'supplied\|fired\|<edge ' stdin.graphml || fail "stdin-text: no edge read"
page=$root/tests/data/ingest/news_site.html
"$bin" extract "$page" -o page.graphml 2>/dev/null || fail "stdin: extracting $page failed"
stdin_file=$page run stdin-html 0 EMPTY -- extract - -o stdin-page.graphml
sed 's/news_site\.html/stdin/g' page.graphml | cmp -s - stdin-page.graphml ||
  fail "stdin-html: the graph differs from the file's (article name aside)"
stdin_file=empty.txt run stdin-empty 1 '^newsgraph extract: <stdin>: empty file$' -- extract - -o e.graphml
stdin_file=image.txt run stdin-binary 1 '<stdin>: byte offset 7: binary file' -- extract - -o e.graphml
run stdin-twice 2 "only one article can be '-'" -- extract - - -o e.graphml

# --- several inputs: the good ones are processed, the bad ones counted --------
run mixed 1 '1 article\(s\) read, 3 failed' -- extract "$good" empty.txt image.txt missing.txt -o mixed.graphml
grep -q '<graphml' mixed.graphml || fail "mixed: no graph written for the good article"
[ "$(grep -c '^newsgraph extract: ' mixed.err)" -eq 4 ] || fail "mixed: expected 3 errors and a summary"

# --- outputs: unwritable, and an existing output survives a failed run --------
run unwritable 1 'no-such-dir/out\.graphml: cannot write' -- extract "$good" -o no-such-dir/out.graphml
run output-is-dir 1 'adir: cannot rename into place' -- extract "$good" -o adir

"$bin" extract "$good" -o keep.graphml 2>/dev/null || fail "keep: first run failed"
cp keep.graphml keep.before
run keep-all-bad 1 'no article could be read; nothing written' -- extract empty.txt image.txt -o keep.graphml
cmp -s keep.graphml keep.before || fail "keep-all-bad: the existing output changed"
run keep-bad-convert 1 'bomb\.graphml' -- convert bomb.graphml keep.graphml
cmp -s keep.graphml keep.before || fail "keep-bad-convert: the existing output changed"
leftovers=$(find . -name '*.tmp.*' | head -3)
[ -z "$leftovers" ] || fail "temporary files left behind: $leftovers"

if [ "$failures" -ne 0 ]; then
  echo "bad_input_check: $failures failure(s)" >&2
  exit 1
fi
echo "bad_input_check: all cases passed"
