#!/usr/bin/env bash
# Golden-file check: the GraphML and DOT that `extract` writes for each bundled example must be
# byte for byte the files in tests/data/golden/ (regenerate with scripts/update-golden.sh after a
# deliberate change), and the GraphML must read back and write out unchanged through `convert`.
set -euo pipefail
bin=$1 root=$2 work=$3
mkdir -p "$work"
status=0
for article in "$root"/examples/*.txt; do
  name=$(basename "$article" .txt)
  for ext in graphml dot; do
    "$bin" extract -q "$article" -o "$work/$name.$ext"
    if ! cmp -s "$work/$name.$ext" "$root/tests/data/golden/$name.$ext"; then
      echo "FAIL: $name.$ext differs from tests/data/golden/$name.$ext:"
      diff -u "$root/tests/data/golden/$name.$ext" "$work/$name.$ext" | head -40
      status=1
    fi
  done
  "$bin" convert "$work/$name.graphml" "$work/$name.again.graphml"
  if ! cmp -s "$work/$name.graphml" "$work/$name.again.graphml"; then
    echo "FAIL: $name.graphml changes when read and written again"
    status=1
  fi
done
[ $status -eq 0 ] && echo "golden outputs match"
exit $status
