#!/usr/bin/env bash
# Installs what newsgraph needs (Debian packages, and the npm packages of the
# real-client checks), builds it, then runs one job:
#   scripts/bootstrap.sh example   extract the bundled example into out/ (GraphML, DOT, SVG, HTML)
#   scripts/bootstrap.sh test      run every test: unit tests, real-client checks, and the
#                                  extra stages in scripts/ci.d/ (sanitizers, fuzzers, quality)
# Run as root (or with sudo) on Debian 12. Safe to run again: installed packages are skipped.
set -euo pipefail
mode=${1:-}
case "$mode" in
  example|test) ;;
  *) echo "usage: $0 example|test" >&2; exit 2 ;;
esac
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

packages=(build-essential cmake pkg-config libboost-graph-dev librapidxml-dev catch2
          nlohmann-json3-dev libgumbo-dev graphviz libxml2-utils python3 python3-networkx
          python3-igraph clang libclang-rt-14-dev python3-jsonschema chromium python3-pandas
          libgraphviz-dev)
# The linguistic layer's data (src/nlp): the tagger model and WordNet.
packages+=(liblingua-en-tagger-perl wordnet-base)
# The allocator the CLI links when it is there (CMakeLists.txt, NEWSGRAPH_TCMALLOC).
packages+=(libtcmalloc-minimal4)
# The knowledge base (newsgraph add): SQLite; sqlite3 and unshare for its checks.
packages+=(libsqlite3-dev sqlite3 util-linux)
# nodejs may come from another repository already; npm is needed only without it.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The HTML view's page script is bundled at build time from pinned npm packages.
echo "== npm packages of the HTML viewer (viewer/)"
(cd viewer && npm ci --no-audit --no-fund --loglevel=error)

echo "== building (build/)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"

if [ "$mode" = example ]; then
  mkdir -p out
  build/newsgraph extract examples/*.txt -o out/example.graphml
  build/newsgraph extract examples/*.txt -o out/example.dot
  dot -Tsvg out/example.dot -o out/example.svg
  build/newsgraph extract examples/*.txt -o out/example.html
  echo "== wrote out/example.graphml, out/example.dot, out/example.svg, out/example.html"
  exit 0
fi

if [ -f tests/clients/package.json ]; then
  echo "== npm packages for the real-client checks (tests/clients)"
  (cd tests/clients && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "== unit tests and real-client checks"
(cd build && ctest --output-on-failure -j"$(nproc)")
for stage in scripts/ci.d/*.sh; do
  [ -e "$stage" ] || continue
  echo "== $stage"
  bash "$stage"
done
echo "== all tests passed"
