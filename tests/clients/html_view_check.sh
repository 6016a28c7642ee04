#!/usr/bin/env bash
# Real-client check of the HTML view (`-o graph.html`) in headless Chromium
# (Debian's chromium, driven by playwright-core from viewer/node_modules):
#   - the bundled example, a merged graph of many articles (every article of
#     the repository, and ../shared's corpus when present), its countries view
#     (--view countries), the graph of a store of those articles (add, export)
#     and a diff of two versions load with
#     no console error and no network request; the drawn node and edge counts
#     are those of the GraphML written from the same input; a click shows the
#     evidence; filters and search work; the diff is coloured by change;
#   - without the viewer bundle, writing a page fails, names what to run and
#     leaves no file.
# Screenshots are kept in WORK_DIR (example.png, many.png, countries.png,
# store.png, diff.png). The README's picture, docs/html-view.png, is the
# example's: it must be a screenshot of this size; NEWSGRAPH_UPDATE_DOCS=1
# copies the new one there.
#
# usage: bash html_view_check.sh NEWSGRAPH_BINARY REPO_ROOT WORK_DIR
# exit: 0 pass, 77 skip (a client tool is missing and $CI is not set), else fail.
set -uo pipefail
bin=$1
root=$2
work=$3
here=$root/tests/clients
rm -rf "$work" && mkdir -p "$work"

# shellcheck source=check_util.sh
source "$root/tests/clients/check_util.sh"  # fail, missing

command -v node >/dev/null || missing "node is not installed"
[ -x /usr/bin/chromium ] || missing "chromium is not installed (Debian package chromium)"
[ -d "$root/viewer/node_modules/playwright-core" ] ||
  missing "npm packages not installed: run 'npm ci' in viewer/"

# 1. Pages and the GraphML of the same graphs.
shopt -s nullglob
checks=()
write_pair() {  # NAME COMMAND...: the command run twice, with -o NAME.html and -o NAME.graphml
  local name=$1
  shift
  local ok=1
  for ext in html graphml; do
    "$@" -o "$work/$name.$ext" 2>"$work/$name.$ext.err"
    local rc=$?
    # diff exits 1 when the versions differ, as diff(1).
    if [ ! -s "$work/$name.$ext" ] || { [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; }; then
      fail "$name.$ext: exit $rc: $(head -c 400 "$work/$name.$ext.err")"
      ok=0
    fi
  done
  [ "$ok" = 1 ] && checks+=("$work/$name.html" "$work/$name.graphml" "$work/$name.png")
}
examples=("$root"/examples/*.txt)
[ ${#examples[@]} -gt 0 ] && write_pair example "$bin" extract -q "${examples[@]}"
# Every article of the repository (and the dev corpus), as formats_check's merged graph.
many=("${examples[@]}" "$root"/tests/data/*/*.txt "$root"/tests/data/eval/articles/*.txt
      "$root"/tests/data/formats/*.html "$root"/../shared/corpus/articles/*.txt)
write_pair many "$bin" extract -q "${many[@]}"
write_pair countries "$bin" extract -q "${many[@]}" --view countries
# A store's graph: the same articles through add and export.
"$bin" add -q "$work/store.db" "${many[@]}" 2>"$work/add.err" || fail "add: $(head -c 300 "$work/add.err")"
write_pair store "$bin" export -q "$work/store.db"
write_pair diff "$bin" diff "$root/tests/data/diff/renamed-old.txt" \
  "$root/tests/data/diff/renamed-new.txt"
grep -q '"changes":\[{"color":"#' "$work/diff.html" || fail "diff.html carries no change colours"

# 2. In the browser.
start=$(date +%s%N)
node "$here/html_view_check.js" "$root/viewer/node_modules" "${checks[@]}" || fail "in Chromium"
echo "chromium: $(( ($(date +%s%N) - start) / 1000000 )) ms for $(( ${#checks[@]} / 3 )) page(s)"

# 3. No bundle: an error that says what to run, and no file.
NEWSGRAPH_VIEWER=$work/absent.js "$bin" extract -q "${examples[@]:-$root/tests/data/diff/attribution-old.txt}" \
  -o "$work/none.html" 2>"$work/none.err"
rc=$?
[ "$rc" -eq 1 ] || fail "without the bundle: exit $rc, want 1"
grep -q "scripts/bootstrap.sh" "$work/none.err" || fail "without the bundle: $(head -c 300 "$work/none.err")"
[ ! -e "$work/none.html" ] || fail "without the bundle: none.html was written"

# 4. The README's picture is this test's screenshot of the example.
png_size() {  # FILE: "WIDTH HEIGHT" from its PNG header, or "no PNG"
  /usr/bin/python3 - "$1" <<'PY'
import struct, sys
d = open(sys.argv[1], "rb").read(24)
ok = d[:8] == b"\x89PNG\r\n\x1a\n" and d[12:16] == b"IHDR"
print("%d %d" % struct.unpack(">II", d[16:24]) if ok else "no PNG")
PY
}
docs=$root/docs/html-view.png
if [ -s "$work/example.png" ]; then
  [ -n "${NEWSGRAPH_UPDATE_DOCS:-}" ] && cp "$work/example.png" "$docs" && echo "note: wrote $docs"
  [ "$(png_size "$docs" 2>&1)" = "$(png_size "$work/example.png")" ] ||
    fail "docs/html-view.png is $(png_size "$docs" 2>&1), the test's screenshot $(png_size "$work/example.png")"
  grep -q '](docs/html-view.png)' "$root/README.md" || fail "README.md shows no docs/html-view.png"
  cmp -s "$docs" "$work/example.png" ||
    echo "note: docs/html-view.png differs from this run's screenshot (NEWSGRAPH_UPDATE_DOCS=1 refreshes it)"
fi

if [ "$failures" -gt 0 ]; then
  echo "html_view_check: $failures failure(s)" >&2
  exit 1
fi
echo "html_view_check: $(( ${#checks[@]} / 3 )) page(s) pass in Chromium; screenshots in $work"
