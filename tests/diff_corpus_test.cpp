// The diff on real extractions: this repository's article version pairs
// (tests/data/diff), and the version groups of the shared corpus, where the
// diff of the two gold graphs is compared with the diff of the extracted
// graphs. The agreement is reported, not demanded.
#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>

#include <nlohmann/json.hpp>

#include "newsgraph/article.hpp"
#include "newsgraph/diff.hpp"
#include "newsgraph/extractor.hpp"
#include "newsgraph/file_util.hpp"

using namespace newsgraph;  // NOLINT: test file

namespace {

const Extractor& TheExtractor() {
  static Extractor extractor = [] {
    Result<Extractor> e = Extractor::Load(NEWSGRAPH_SCHEMA_DIR);
    if (!e.ok()) throw std::runtime_error(e.status().ToString());
    return std::move(e.value());
  }();
  return extractor;
}

Graph Extract(const std::string& path) {
  Result<std::string> bytes = ReadFile(path);
  REQUIRE(bytes.ok());
  Result<Article> article = LoadArticle(bytes.value(), FileName(path));
  REQUIRE(article.ok());
  Graph g;
  REQUIRE(TheExtractor().Extract(article.value(), &g).ok());
  return g;
}

// A gold file (corpus/gold/NAME.json, see GUIDELINES.md) as a Graph.
Graph LoadGold(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in.good());
  const nlohmann::json doc = nlohmann::json::parse(in);
  Graph g;
  for (const auto& e : doc.at("entities")) {
    NodeData n;
    n.id = e.at("id").get<std::string>();
    n.type = e.value("type", "");
    n.kind = e.value("kind", "");
    n.label = e.value("name", n.id);
    n.aliases = e.value("aliases", std::vector<std::string>{});
    if (n.type == "country") n.iso3 = n.id;
    g.AddNode(std::move(n));
  }
  for (const auto& r : doc.at("relations")) {
    const std::string source = r.at("source").get<std::string>();
    const std::string target = r.at("target").get<std::string>();
    // Relations may name an entity the list lacks: give it a bare node.
    for (const std::string& id : {source, target}) {
      if (!g.FindNode(id)) g.AddNode({id, "", "", id, {}, "", 0, {}});
    }
    EdgeData d;
    for (const auto& [key, value] : r.items()) {
      if (!value.is_string()) continue;
      const std::string v = value.get<std::string>();
      if (key == "source" || key == "target") continue;
      if (key == "type") {
        d.type = v;
      } else if (key == "asserted_by") {
        d.asserted_by = v;
      } else if (key == "date") {
        d.date = v;
      } else if (key == "evidence") {
        d.evidence.push_back({v, FileName(path), 0, 0});
      } else {
        d.roles[key] = v;
      }
    }
    g.AddFact(source, target, std::move(d));
  }
  return g;
}

// What a diff reports, as comparable items: "+ node X", "- S type T",
// "~ S type T asserted_by" ...
std::set<std::string> Items(const GraphDiff& d) {
  std::set<std::string> out;
  auto sign = [](Change c) { return c == Change::kAdded ? "+ " : c == Change::kRemoved ? "- " : "~ "; };
  for (const NodeDiff& n : d.nodes()) {
    if (n.change == Change::kAdded || n.change == Change::kRemoved) {
      out.insert(sign(n.change) + std::string("node ") + n.id());
    }
  }
  for (const EdgeDiff& e : d.edges()) {
    if (e.change == Change::kUnchanged) continue;
    const std::string key = e.source->id + " " + e.type() + " " + e.target->id;
    if (e.change != Change::kChanged) {
      out.insert(sign(e.change) + key);
    } else {
      for (const AttributeChange& c : e.changes) out.insert("~ " + key + " " + c.name);
    }
  }
  return out;
}

struct Agreement {
  std::size_t gold = 0, ours = 0, both = 0;
  double Precision() const { return ours ? double(both) / ours : 1.0; }
  double Recall() const { return gold ? double(both) / gold : 1.0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

Agreement Compare(const std::set<std::string>& gold, const std::set<std::string>& ours) {
  Agreement a;
  a.gold = gold.size();
  a.ours = ours.size();
  for (const std::string& item : ours) a.both += gold.count(item);
  return a;
}

}  // namespace

TEST_CASE("article version pairs of tests/data/diff, extracted", "[diff][articles]") {
  const std::string dir = std::string(NEWSGRAPH_TEST_DATA_DIR) + "/diff/";
  struct Case {
    const char* pair;
    bool differs;
    const char* expected_item;  // one item the diff must contain ("" for none)
  };
  const Case cases[] = {
      {"reworded", false, ""},
      {"paragraph", true, "+ JPN condemned PRK"},
      {"denial", true, ""},
      {"renamed", true, "- node park-min-seo"},
  };
  for (const Case& c : cases) {
    INFO(c.pair);
    Graph old_graph = Extract(dir + c.pair + "-old.txt");
    Graph new_graph = Extract(dir + c.pair + "-new.txt");
    REQUIRE(old_graph.num_edges() > 0);
    GraphDiff d = DiffGraphs(old_graph, new_graph, {});
    const std::set<std::string> items = Items(d);
    INFO("diff: " << [&] {
      std::string all;
      for (const auto& i : items) all += i + "; ";
      return all;
    }());
    CHECK(d.HasDifferences({}) == c.differs);
    if (*c.expected_item) CHECK(items.count(c.expected_item) == 1);
    // Versions that only add text never lose a fact.
    if (std::string(c.pair) == "paragraph" || std::string(c.pair) == "denial") {
      CHECK(d.edge_counts().removed == 0);
      CHECK(d.node_counts().removed == 0);
    }
    // With --evidence even a rewording differs: the article name changed.
    DiffOptions evidence;
    evidence.evidence = true;
    CHECK(DiffGraphs(old_graph, new_graph, evidence).HasDifferences({}));
  }
}

TEST_CASE("corpus version groups: gold diff against extracted diff", "[diff][corpus]") {
  const std::string corpus = std::string(NEWSGRAPH_SHARED_DIR) + "/corpus/";
  std::ifstream in(corpus + "versions/groups.json");
  if (!in.good()) {
    WARN("no " << corpus << "versions/groups.json: skipped");
    return;
  }
  const nlohmann::json groups = nlohmann::json::parse(in);
  Agreement total;
  std::size_t pairs = 0;
  for (const auto& group : groups.at("groups")) {
    const auto& versions = group.at("versions");
    for (std::size_t i = 0; i + 1 < versions.size(); ++i) {
      const std::string a = versions[i].get<std::string>();
      const std::string b = versions[i + 1].get<std::string>();
      INFO(a << " -> " << b);
      Graph gold_a = LoadGold(corpus + "gold/" + FileStem(a) + ".json");
      Graph gold_b = LoadGold(corpus + "gold/" + FileStem(b) + ".json");
      REQUIRE(gold_a.num_edges() > 0);
      CHECK_FALSE(DiffGraphs(gold_a, gold_a, {}).HasDifferences({}));
      GraphDiff gold_diff = DiffGraphs(gold_a, gold_b, {});
      Graph ours_a = Extract(corpus + "articles/" + a);
      Graph ours_b = Extract(corpus + "articles/" + b);
      GraphDiff our_diff = DiffGraphs(ours_a, ours_b, {});
      const Agreement ag = Compare(Items(gold_diff), Items(our_diff));
      // Report: the figure the README quotes.
      std::printf("diff agreement %s -> %s: gold %zu items, ours %zu, both %zu; "
                  "precision %.2f recall %.2f F1 %.2f\n",
                  a.c_str(), b.c_str(), ag.gold, ag.ours, ag.both, ag.Precision(), ag.Recall(),
                  ag.F1());
      CHECK(ag.gold > 0);
      CHECK(ag.both <= std::min(ag.gold, ag.ours));
      total.gold += ag.gold;
      total.ours += ag.ours;
      total.both += ag.both;
      ++pairs;
    }
  }
  std::printf("diff agreement over %zu pair(s): precision %.2f recall %.2f F1 %.2f\n", pairs,
              total.Precision(), total.Recall(), total.F1());
  CHECK(pairs > 0);
}
