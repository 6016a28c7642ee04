// Benchmark of the diff core: two graphs of N edges (default 1,000,000) that
// differ in about 3% of their facts, diffed in memory; optionally written as
// GraphML for bench/diff_bench.sh, which times `newsgraph diff` on the files
// against a networkx diff of the same files.
//
//   diff_bench [--edges N] [--out DIR] [--schemas DIR]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "newsgraph/diff.hpp"
#include "newsgraph/file_util.hpp"
#include "newsgraph/graphml.hpp"

using namespace newsgraph;  // NOLINT: benchmark program

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

struct Spec {
  std::size_t source, target, type;
  std::string asserted_by;
};

// Builds a graph of the given facts over nodes n0..n{nodes-1}.
Graph Build(std::size_t nodes, const std::vector<Spec>& facts,
            const std::vector<std::string>& types) {
  Graph g;
  std::vector<Graph::Vertex> v(nodes);
  for (std::size_t i = 0; i < nodes; ++i) {
    std::string id = "n" + std::to_string(i);
    v[i] = g.AddNode({id, i % 3 ? "actor" : "country", i % 3 ? "organization" : "", "Node " + id,
                      {}, "", 1, {}});
  }
  for (const Spec& f : facts) {
    EdgeData e;
    e.type = types[f.type];
    e.asserted_by = f.asserted_by;
    e.evidence.push_back({"A sentence stating the fact.", "bench.txt", f.source, f.source + 28});
    g.AddEdge(v[f.source], v[f.target], std::move(e));
  }
  return g;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t edges = 1000000;
  std::string out_dir, schema_dir;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--edges") edges = std::strtoull(argv[i + 1], nullptr, 10);
    else if (a == "--out") out_dir = argv[i + 1];
    else if (a == "--schemas") schema_dir = argv[i + 1];
    else {
      std::fprintf(stderr, "usage: diff_bench [--edges N] [--out DIR] [--schemas DIR]\n");
      return 2;
    }
  }
  const std::vector<std::string> types = {"supplied", "acquired", "used",    "attacked",
                                          "condemned", "accused", "denied", "urged"};
  const std::size_t nodes = std::max<std::size_t>(10, edges / 5);
  std::mt19937_64 rng(42);
  std::uniform_int_distribution<std::size_t> node(0, nodes - 1), type(0, types.size() - 1);
  std::unordered_set<std::string> seen;
  std::vector<Spec> facts;
  facts.reserve(edges);
  auto fresh = [&] {
    while (true) {
      Spec s{node(rng), node(rng), type(rng), ""};
      std::string key = std::to_string(s.source) + "/" + std::to_string(s.type) + "/" +
                        std::to_string(s.target);
      if (seen.insert(std::move(key)).second) return s;
    }
  };
  for (std::size_t i = 0; i < edges; ++i) facts.push_back(fresh());
  // The new version: 1% of the facts removed, 1% added, 1% with a speaker.
  std::vector<Spec> changed = facts;
  std::size_t removed = 0, added = 0, attributed = 0;
  for (std::size_t i = 0; i < changed.size(); ++i) {
    if (i % 100 == 0) {
      changed[i] = fresh();
      ++removed;
      ++added;
    } else if (i % 100 == 50) {
      changed[i].asserted_by = "n0";
      ++attributed;
    }
  }

  auto t0 = std::chrono::steady_clock::now();
  Graph old_graph = Build(nodes, facts, types);
  Graph new_graph = Build(nodes, changed, types);
  std::printf("built two graphs of %zu nodes, %zu edges each in %.2f s\n", nodes, edges,
              Seconds(t0));

  t0 = std::chrono::steady_clock::now();
  GraphDiff d = DiffGraphs(old_graph, new_graph, {});
  const double core = Seconds(t0);
  std::printf("DiffGraphs: %.3f s (%zu added, %zu removed, %zu changed; expected %zu, %zu, %zu)\n",
              core, d.edge_counts().added, d.edge_counts().removed, d.edge_counts().changed, added,
              removed, attributed);
  if (d.edge_counts().added != added || d.edge_counts().removed != removed ||
      d.edge_counts().changed != attributed) {
    std::fprintf(stderr, "diff_bench: wrong counts\n");
    return 1;
  }

  Result<DiffStyle> style = DiffStyle::LoadDir(FindSchemaDir(schema_dir));
  if (!style.ok()) {
    std::fprintf(stderr, "diff_bench: %s\n", style.status().message().c_str());
    return 1;
  }
  t0 = std::chrono::steady_clock::now();
  std::ostringstream text;
  (void)WriteDiffText(d, style.value(), {}, text);
  std::printf("WriteDiffText: %.3f s (%zu bytes)\n", Seconds(t0), text.str().size());

  if (!out_dir.empty()) {
    Result<Ontology> ontology = Ontology::LoadDir(FindSchemaDir(schema_dir));
    if (!ontology.ok()) {
      std::fprintf(stderr, "diff_bench: %s\n", ontology.status().message().c_str());
      return 1;
    }
    for (const auto& [name, g] : {std::pair<const char*, const Graph*>{"old", &old_graph},
                                  {"new", &new_graph}}) {
      const std::string path = out_dir + "/" + name + ".graphml";
      t0 = std::chrono::steady_clock::now();
      Status s = WriteFileAtomically(
          path, [&](std::ostream& out) { return WriteGraphml(*g, ontology.value(), out); });
      if (!s.ok()) {
        std::fprintf(stderr, "diff_bench: %s\n", s.message().c_str());
        return 1;
      }
      std::printf("wrote %s in %.2f s\n", path.c_str(), Seconds(t0));
    }
  }
  return 0;
}
