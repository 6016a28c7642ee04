#include "newsgraph/graph.hpp"

#include <algorithm>
#include <random>

#include <catch2/catch.hpp>

using newsgraph::EdgeData;
using newsgraph::Evidence;
using newsgraph::Graph;
using newsgraph::NodeData;

namespace {

NodeData Node(std::string id, std::string type, std::string label,
              std::vector<std::string> aliases = {}) {
  NodeData n;
  n.id = std::move(id);
  n.type = std::move(type);
  n.label = std::move(label);
  n.aliases = std::move(aliases);
  n.mentions = 1;
  return n;
}

EdgeData Fact(std::string type, std::string sentence, std::size_t begin,
              std::map<std::string, std::string> roles = {}) {
  EdgeData e;
  e.type = std::move(type);
  e.evidence.push_back({sentence, "a.txt", begin, begin + sentence.size()});
  e.roles = std::move(roles);
  return e;
}

// A fingerprint of everything a writer would emit, in the stable order.
std::string Dump(const Graph& g) {
  std::string out;
  for (auto v : g.SortedNodes()) {
    const NodeData& n = g.node(v);
    out += n.id + "/" + n.label + "/" + std::to_string(n.mentions) + "/";
    for (const auto& a : n.aliases) out += a + ",";
    out += "\n";
  }
  for (auto e : g.SortedEdges()) {
    const EdgeData& d = g.edge(e);
    out += g.node(g.source(e)).id + " " + d.type + " " + g.node(g.target(e)).id + " w" +
           std::to_string(d.weight) + " ev" + std::to_string(d.evidence.size());
    for (const auto& [k, v] : d.roles) out += " " + k + "=" + v;
    out += " by=" + d.asserted_by + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("nodes with the same id merge into one") {
  Graph g;
  g.AddNode(Node("PRK", "country", "North Korea", {"DPRK"}));
  g.AddNode(Node("PRK", "country", "DPRK", {"Pyongyang", "DPRK"}));
  REQUIRE(g.num_nodes() == 1);
  const NodeData& n = g.node(*g.FindNode("PRK"));
  CHECK(n.label == "North Korea");  // the longer label wins
  CHECK(n.mentions == 2);
  CHECK(n.aliases == std::vector<std::string>{"DPRK", "Pyongyang"});
  CHECK_FALSE(g.FindNode("RUS").has_value());
}

TEST_CASE("a fact stated twice is one edge with two pieces of evidence") {
  Graph g;
  g.AddNode(Node("PRK", "country", "North Korea"));
  g.AddNode(Node("kn-23", "weapon", "KN-23"));
  g.AddFact("PRK", "kn-23", Fact("supplied", "The North sent KN-23s.", 0, {{"recipient", "RUS"}}));
  g.AddFact("PRK", "kn-23", Fact("supplied", "Pyongyang shipped KN-23s.", 40));
  g.AddFact("PRK", "kn-23", Fact("used", "The North fired a KN-23.", 80));
  REQUIRE(g.num_edges() == 2);
  auto edges = g.SortedEdges();
  const EdgeData& supplied = g.edge(edges[0]);
  CHECK(supplied.type == "supplied");
  CHECK(supplied.weight == 2);
  CHECK(supplied.evidence.size() == 2);
  CHECK(supplied.roles.at("recipient") == "RUS");
  CHECK(g.edge(edges[1]).type == "used");
}

TEST_CASE("conflicting values are united, not overwritten") {
  Graph g;
  g.AddNode(Node("PRK", "country", "North Korea"));
  g.AddNode(Node("shell", "weapon", "artillery shell"));
  auto a = Fact("supplied", "s1", 0, {{"recipient", "RUS"}});
  a.asserted_by = "usa";
  auto b = Fact("supplied", "s2", 10, {{"recipient", "IRN"}});
  b.asserted_by = "kor";
  g.AddFact("PRK", "shell", a);
  g.AddFact("PRK", "shell", b);
  const EdgeData& e = g.edge(g.SortedEdges()[0]);
  CHECK(e.roles.at("recipient") == "IRN|RUS");
  CHECK(e.asserted_by == "kor|usa");
}

TEST_CASE("insertion order does not change the graph's content or order") {
  struct F { int s, t; const char* type; std::size_t begin; const char* about; };
  std::vector<F> facts = {{0, 1, "condemned", 0, "tests"},  {1, 2, "accused", 10, "shelling"},
                          {2, 0, "condemned", 20, "raids"}, {0, 1, "condemned", 30, "launches"},
                          {3, 1, "accused", 40, "drones"},  {2, 3, "condemned", 50, "strikes"}};
  const char* ids[] = {"RUS", "PRK", "UKR", "kn-23"};
  auto build = [&](const std::vector<F>& order, const std::vector<int>& nodes) {
    Graph g;
    for (int n : nodes) g.AddNode(Node(ids[n], "country", ids[n], {std::string("alias") + ids[n]}));
    for (const F& f : order) {
      g.AddFact(ids[f.s], ids[f.t], Fact(f.type, "sentence", f.begin, {{"about", f.about}}));
    }
    return Dump(g);
  };
  const std::string reference = build(facts, {0, 1, 2, 3});
  std::mt19937 rng(42);
  for (int round = 0; round < 20; ++round) {
    auto order = facts;
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<int> nodes = {0, 1, 2, 3};
    std::shuffle(nodes.begin(), nodes.end(), rng);
    REQUIRE(build(order, nodes) == reference);
  }
}

TEST_CASE("merge unites two graphs") {
  Graph a, b;
  a.AddNode(Node("RUS", "country", "Russia"));
  a.AddNode(Node("UKR", "country", "Ukraine"));
  a.AddFact("RUS", "UKR", Fact("attacked", "Russia struck Ukraine.", 0));
  b.AddNode(Node("RUS", "country", "Russia", {"Moscow"}));
  b.AddNode(Node("UKR", "country", "Ukraine"));
  b.AddFact("RUS", "UKR", Fact("attacked", "Moscow shelled Kyiv.", 50));
  b.attributes()["articles"] = "b.txt";
  a.attributes()["articles"] = "a.txt";
  a.Merge(b);
  CHECK(a.num_nodes() == 2);
  CHECK(a.num_edges() == 1);
  CHECK(a.edge(a.SortedEdges()[0]).weight == 2);
  CHECK(a.attributes().at("articles") == "a.txt|b.txt");
}

TEST_CASE("split and unite values") {
  CHECK(newsgraph::SplitValues("a||b|") == std::vector<std::string>{"a", "b"});
  CHECK(newsgraph::UniteValues("b|a", "c") == "a|b|c");
  CHECK(newsgraph::UniteValues("", "x") == "x");
  CHECK(newsgraph::UniteValues("x", "x") == "x");
}

TEST_CASE("graph: article metadata is merged field by field, first value kept") {
  Graph a, b;
  a.AddArticle("one.html", {"2024-03-05", "", "Agency"});
  b.AddArticle("one.html", {"2024-04-01", "Headline", ""});
  b.AddArticle("two.txt", {"", "Other", ""});
  a.Merge(b);
  REQUIRE(a.articles().size() == 2);
  CHECK(a.articles().at("one.html") == newsgraph::ArticleInfo{"2024-03-05", "Headline", "Agency"});
  CHECK(a.articles().at("two.txt").title == "Other");
  Graph moved(std::move(a));
  CHECK(moved.articles().size() == 2);
}

TEST_CASE("graph: a value union equals folding UniteValues one by one") {
  const std::vector<std::vector<std::string>> cases = {
      {}, {""}, {"a"}, {"b|a"}, {"b|a", "b|a"}, {"b|a", "c"}, {"", "x", ""}, {"x", "x"},
      {"a", "a|a"}, {"a", "|"}, {"c", "a|b", "", "b", "c"}, {"|", "|"}};
  for (const auto& values : cases) {
    std::string folded;
    newsgraph::ValueUnion u;
    for (const std::string& v : values) {
      folded = newsgraph::UniteValues(folded, v);
      u.Add(v);
    }
    CHECK(u.Value() == folded);
  }
}

namespace {

// Everything a writer can emit of a graph, in the stable order.
std::string FullDump(const Graph& g) {
  std::string out = Dump(g);
  auto map = [&out](const std::map<std::string, std::string>& m) {
    for (const auto& [k, v] : m) out += " " + k + "=" + v;
    out += ";";
  };
  for (auto e : g.SortedEdges()) {
    const EdgeData& d = g.edge(e);
    out += d.label + " " + d.date + " " + std::to_string(d.confidence);
    for (const Evidence& ev : d.evidence) out += " [" + ev.article + ":" + ev.text + "]";
    map(d.extra);
    out += "\n";
  }
  map(g.attributes());
  for (const auto& [name, info] : g.articles()) out += name + ":" + info.date + info.title + "\n";
  return out;
}

}  // namespace

TEST_CASE("graph: merging many graphs at once equals merging them one by one") {
  const std::vector<std::string> pool = {"", "x", "b|a", "y", "a"};
  const char* ids[] = {"RUS", "PRK", "UKR", "kn-23"};
  std::mt19937 rng(7);
  auto pick = [&] { return pool[rng() % pool.size()]; };
  std::vector<Graph> graphs(40);
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    Graph& g = graphs[i];
    const std::string article = "a" + std::to_string(i % 17) + ".txt";
    for (const char* id : ids) g.AddNode(Node(id, "country", pick() + id, {pick()}));
    for (int f = 0; f < 6; ++f) {
      EdgeData e = Fact(rng() % 2 ? "supplied" : "used", "said " + pick(), rng() % 3,
                        {{"recipient", pick()}, {pick().empty() ? "about" : "user", pick()}});
      e.evidence[0].article = article;
      e.asserted_by = pick();
      e.date = pick();
      e.label = rng() % 3 ? "" : pick();
      e.confidence = (rng() % 10) / 10.0;
      if (rng() % 4 == 0) e.extra["note"] = pick();
      g.AddFact(ids[rng() % 4], ids[rng() % 4], std::move(e));
    }
    g.attributes()["articles"] = article;
    g.attributes()["title"] = pick();
    g.AddArticle(article, {pick(), pick(), ""});
  }
  Graph one_by_one;
  newsgraph::GraphMerger merger;
  for (const Graph& g : graphs) {
    one_by_one.Merge(g);
    merger.Add(g);
  }
  Graph merged = std::move(merger).Finish();
  CHECK(merged.num_edges() == one_by_one.num_edges());
  CHECK(FullDump(merged) == FullDump(one_by_one));
}
