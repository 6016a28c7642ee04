#!/usr/bin/env bash
# Regenerates the golden outputs of the bundled example (tests/data/golden/) with build/newsgraph.
# Run it after a deliberate change of the extractor or the writers, then review the diff.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
for article in examples/*.txt; do
  name=$(basename "$article" .txt)
  build/newsgraph extract -q "$article" -o "tests/data/golden/$name.graphml"
  build/newsgraph extract -q "$article" -o "tests/data/golden/$name.dot"
done
git --no-pager diff --stat -- tests/data/golden || true
