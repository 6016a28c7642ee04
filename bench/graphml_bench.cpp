// GraphML benchmark: one phase per process run, so that the caller
// (graphml_bench.sh, under /usr/bin/time -v) measures the peak memory of that
// phase alone.
//
//   graphml_bench write OUT [NODES EDGES]        generate, then time WriteGraphml
//   graphml_bench boost-write OUT [NODES EDGES]  generate, then time boost::write_graphml
//   graphml_bench read IN                        time ReadGraphml of IN (an ifstream)
//   graphml_bench read-buffer IN                 the same from IN read into memory first
//
// Prints one line "PHASE seconds=WALL cpu=CPU nodes=N edges=M [bytes=B]". The generator is
// deterministic and mirrored exactly by graphml_bench.py (for networkx).
#include <chrono>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>

#include "newsgraph/file_util.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/ontology.hpp"

namespace {

using newsgraph::EdgeData;
using newsgraph::Graph;
using newsgraph::NodeData;

// splitmix64: simple, and easy to mirror in Python.
struct Rng {
  std::uint64_t state;
  std::uint64_t Next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
};

const char* const kWords[] = {"the",     "missiles", "shipped", "officials", "said",  "border",
                              "report",  "drones",   "envoy",   "council",   "sanctions",
                              "launched", "rail",    "port",    "weapons",   "talks", "ministry",
                              "accused", "quoted",   "\"strikes\"", "&",       "region"};
const char* const kNodeTypes[] = {"country", "actor", "weapon", "resolution", "location"};
const char* const kRelations[] = {"supplied", "acquired", "used",      "used-in",   "attacked",
                                  "condemned", "accused", "denied",    "violated",  "urged",
                                  "represents", "member-of", "sanctioned"};
const char* const kRoles[] = {"recipient", "supplier", "location", "user", "weapon", "about", "role"};

std::string Sentence(Rng& rng) {
  std::string s = "Sentence";
  std::size_t words = 8 + rng.Below(12);
  for (std::size_t i = 0; i < words; ++i) {
    s += ' ';
    s += kWords[rng.Below(sizeof kWords / sizeof *kWords)];
  }
  s += '.';
  return s;
}

Graph Generate(std::size_t nodes, std::size_t edges) {
  Rng rng{42};
  Graph g;
  for (std::size_t i = 0; i < nodes; ++i) {
    NodeData n;
    n.id = "n" + std::to_string(i);
    n.type = kNodeTypes[i % 5];
    if (n.type == "actor") n.kind = i % 2 ? "person" : "organization";
    n.label = "Node " + std::to_string(i);
    if (i % 3 == 0) n.aliases = {"alias " + std::to_string(i), "a" + std::to_string(i)};
    if (n.type == "country") n.iso3 = "C" + std::to_string(i % 100);
    n.mentions = 1 + static_cast<int>(rng.Below(20));
    g.AddNode(std::move(n));
  }
  for (std::size_t i = 0; i < edges; ++i) {
    Graph::Vertex s = rng.Below(nodes);
    Graph::Vertex t = rng.Below(nodes);
    EdgeData e;
    e.type = kRelations[rng.Below(13)];
    std::size_t pieces = 1 + rng.Below(2);
    for (std::size_t k = 0; k < pieces; ++k) {
      std::size_t begin = rng.Below(100000);
      std::string text = Sentence(rng);
      std::size_t end = begin + text.size();
      e.evidence.push_back({std::move(text), "article-" + std::to_string(rng.Below(1000)) + ".txt",
                            begin, end});
    }
    e.confidence = static_cast<double>(50 + rng.Below(51)) / 100.0;
    e.weight = 1 + static_cast<int>(rng.Below(3));
    if (rng.Below(2)) {
      const char* role = kRoles[rng.Below(7)];  // drawn before the value, as in Python
      e.roles[role] = "n" + std::to_string(rng.Below(nodes));
    }
    g.AddEdge(s, t, std::move(e));
  }
  g.attributes()["title"] = "benchmark graph";
  return g;
}

// Wall and CPU time of a phase: on a shared machine the CPU time is the
// steadier measure.
struct Timer {
  std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
  std::clock_t cpu = std::clock();
  std::string Report() const {
    char buf[64];
    std::snprintf(buf, sizeof buf, "seconds=%.3f cpu=%.3f",
                  std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count(),
                  static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC);
    return buf;
  }
};

// boost::write_graphml with the same attributes as ours, computed on the fly.
void BoostWrite(const Graph& graph, const newsgraph::Ontology& ontology, std::ostream& out) {
  using V = Graph::Vertex;
  using E = Graph::Edge;
  const auto& g = graph.boost_graph();
  boost::dynamic_properties dp;
  auto node_string = [&](std::string NodeData::*field) {
    return boost::make_function_property_map<V, std::string>(
        [&g, field](V v) { return g[v].*field; });
  };
  dp.property("type", node_string(&NodeData::type));
  dp.property("kind", node_string(&NodeData::kind));
  dp.property("label", node_string(&NodeData::label));
  dp.property("iso3", node_string(&NodeData::iso3));
  dp.property("aliases", boost::make_function_property_map<V, std::string>([&g](V v) {
                std::string s;
                for (const auto& a : g[v].aliases) s += (s.empty() ? "" : "|") + a;
                return s;
              }));
  dp.property("mentions", boost::make_function_property_map<V, int>([&g](V v) {
                return g[v].mentions;
              }));
  for (int c = 0; c < 3; ++c) {
    dp.property(std::string(1, "rgb"[c]),
                boost::make_function_property_map<V, int>([&g, &ontology, c](V v) {
                  return ontology.NodeColor(g[v].type, g[v].kind)[c];
                }));
  }
  dp.property("size", boost::make_function_property_map<V, double>([&g](V v) {
                return 10.0 + 5.0 * std::sqrt(g[v].mentions);
              }));
  auto edge_string = [&](std::string EdgeData::*field) {
    return boost::make_function_property_map<E, std::string>(
        [&g, field](E e) { return g[e].*field; });
  };
  dp.property("type", edge_string(&EdgeData::type));
  dp.property("label", edge_string(&EdgeData::label));
  dp.property("evidence", boost::make_function_property_map<E, std::string>([&g](E e) {
                std::string s;
                for (const auto& ev : g[e].evidence) s += (s.empty() ? "" : "\n") + ev.text;
                return s;
              }));
  dp.property("offsets", boost::make_function_property_map<E, std::string>([&g](E e) {
                std::string s;
                for (const auto& ev : g[e].evidence) {
                  s += (s.empty() ? "" : ";") + std::to_string(ev.begin) + "-" +
                       std::to_string(ev.end);
                }
                return s;
              }));
  dp.property("article", boost::make_function_property_map<E, std::string>([&g](E e) {
                std::string s;
                for (const auto& ev : g[e].evidence) s += (s.empty() ? "" : ";") + ev.article;
                return s;
              }));
  dp.property("confidence", boost::make_function_property_map<E, double>([&g](E e) {
                return g[e].confidence;
              }));
  dp.property("weight", boost::make_function_property_map<E, int>([&g](E e) {
                return g[e].weight;
              }));
  for (const char* role : kRoles) {
    dp.property(role, boost::make_function_property_map<E, std::string>([&g, role](E e) {
                  auto it = g[e].roles.find(role);
                  return it == g[e].roles.end() ? std::string() : it->second;
                }));
  }
  boost::write_graphml(out, g, dp, true);
}

int Usage() {
  std::fputs("usage: graphml_bench write|boost-write OUT [NODES EDGES] | read|read-buffer IN\n", stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return Usage();
  const std::string mode = argv[1];
  const std::string path = argv[2];
  auto ontology = newsgraph::Ontology::LoadDir(newsgraph::FindSchemaDir());
  if (!ontology.ok()) {
    std::fprintf(stderr, "%s\n", ontology.status().ToString().c_str());
    return 1;
  }
  if (mode == "read" || mode == "read-buffer") {
    // read: from the file, as it is read (timed with the reading);
    // read-buffer: from the whole file read into memory first (untimed).
    std::ifstream in(path, std::ios::binary);
    std::string text;
    if (mode == "read-buffer") {
      auto whole = newsgraph::ReadFile(path);
      if (!whole.ok()) {
        std::fprintf(stderr, "%s\n", whole.status().ToString().c_str());
        return 1;
      }
      text = std::move(whole.value());
    }
    Timer timer;
    auto g = mode == "read" ? newsgraph::ReadGraphml(in, path, ontology.value())
                            : newsgraph::ReadGraphml(text, path, ontology.value());
    std::string times = timer.Report();
    if (!g.ok()) {
      std::fprintf(stderr, "%s\n", g.status().ToString().c_str());
      return 1;
    }
    std::printf("%s %s nodes=%zu edges=%zu\n", mode.c_str(), times.c_str(), g->num_nodes(),
                g->num_edges());
    return 0;
  }
  if (mode != "write" && mode != "boost-write") return Usage();
  std::size_t nodes = argc > 3 ? std::stoul(argv[3]) : 100000;
  std::size_t edges = argc > 4 ? std::stoul(argv[4]) : 500000;
  Graph g = Generate(nodes, edges);
  std::ofstream out(path, std::ios::binary);
  Timer timer;
  if (mode == "write") {
    auto status = newsgraph::WriteGraphml(g, ontology.value(), out);
    if (!status.ok()) {
      std::fprintf(stderr, "%s\n", status.ToString().c_str());
      return 1;
    }
  } else {
    BoostWrite(g, ontology.value(), out);
  }
  out.flush();
  std::string times = timer.Report();
  if (!out) return 1;
  std::printf("%s %s nodes=%zu edges=%zu bytes=%lld\n", mode.c_str(), times.c_str(), g.num_nodes(),
              g.num_edges(), static_cast<long long>(out.tellp()));
  return 0;
}
