// The diff core (src/diff/graph_diff.cpp, diff_attributes.cpp, diff_style.cpp)
// on graphs built in memory.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "newsgraph/diff.hpp"

using newsgraph::AttributeChange;
using newsgraph::Change;
using newsgraph::ChangeFilter;
using newsgraph::DiffGraphs;
using newsgraph::DiffOptions;
using newsgraph::EdgeData;
using newsgraph::Graph;
using newsgraph::GraphDiff;
using newsgraph::NodeData;

namespace {

NodeData Node(std::string id, std::string type, std::string label,
              std::vector<std::string> aliases = {}) {
  return {std::move(id), std::move(type), "", std::move(label), std::move(aliases), "", 1, {}};
}

struct Fact {
  std::string source, type, target;
  std::map<std::string, std::string> roles;
  std::string asserted_by;
  std::string evidence = "a sentence";
};

EdgeData Edge(const Fact& f) {
  EdgeData e;
  e.type = f.type;
  e.roles = f.roles;
  e.asserted_by = f.asserted_by;
  e.evidence.push_back({f.evidence, "a.txt", 0, f.evidence.size()});
  return e;
}

// The small world of the tests: North Korea, Russia, the US, South Korea, a
// missile and an envoy.
Graph World(const std::vector<Fact>& facts, std::vector<NodeData> extra_nodes = {}) {
  Graph g;
  g.AddNode(Node("PRK", "country", "North Korea", {"DPRK", "North Korea"}));
  g.AddNode(Node("RUS", "country", "Russia", {"Moscow", "Russia"}));
  g.AddNode(Node("USA", "country", "United States", {"United States", "Washington"}));
  g.AddNode(Node("KOR", "country", "South Korea", {"Seoul", "South Korea"}));
  g.AddNode(Node("kn-23", "weapon", "KN-23", {"KN-23"}));
  for (NodeData& n : extra_nodes) g.AddNode(std::move(n));
  for (const Fact& f : facts) g.AddFact(f.source, f.target, Edge(f));
  return g;
}

const Fact kSupply{"PRK", "supplied", "kn-23", {{"recipient", "RUS"}}, "USA"};
const Fact kAcquire{"RUS", "acquired", "kn-23", {{"supplier", "PRK"}}, "USA"};
const Fact kDenial{"RUS", "denied", "USA", {}, ""};

std::vector<Change> EdgeChanges(const GraphDiff& d) {
  std::vector<Change> out;
  for (const auto& e : d.edges()) out.push_back(e.change);
  return out;
}

}  // namespace

TEST_CASE("identical graphs give no differences", "[diff]") {
  Graph a = World({kSupply, kAcquire, kDenial});
  Graph b = World({kDenial, kAcquire, kSupply});  // another insertion order
  GraphDiff d = DiffGraphs(a, b, {});
  CHECK_FALSE(d.HasDifferences({}));
  CHECK(d.node_counts().unchanged == 5);
  CHECK(d.edge_counts().unchanged == 3);
  CHECK(d.edge_counts().added + d.edge_counts().removed + d.edge_counts().changed == 0);
}

TEST_CASE("facts added, removed and changed, table-driven", "[diff]") {
  struct Case {
    const char* what;
    std::vector<Fact> old_facts, new_facts;
    std::vector<Change> expected;  // per edge, in (source, type, target) order
  };
  Fact denial_by_korea = kDenial;
  denial_by_korea.asserted_by = "KOR";
  Fact supply_to_iran = kSupply;
  supply_to_iran.roles["recipient"] = "IRN";
  Fact reworded = kSupply;
  reworded.evidence = "Pyongyang shipped KN-23 missiles to Moscow, Washington said.";
  const std::vector<Case> cases = {
      {"a denial added", {kSupply}, {kSupply, kDenial}, {Change::kUnchanged, Change::kAdded}},
      {"a paragraph dropped", {kSupply, kAcquire}, {kSupply}, {Change::kUnchanged, Change::kRemoved}},
      {"asserted_by added", {kDenial}, {denial_by_korea}, {Change::kChanged}},
      {"a role corrected", {kSupply}, {supply_to_iran}, {Change::kChanged}},
      {"a rewording", {kSupply}, {reworded}, {Change::kUnchanged}},
      {"all gone", {kSupply, kDenial}, {}, {Change::kRemoved, Change::kRemoved}},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    Graph a = World(c.old_facts);
    Graph b = World(c.new_facts);
    GraphDiff d = DiffGraphs(a, b, {});
    // Edges are listed by identity: (PRK supplied) < (RUS acquired) < (RUS denied).
    CHECK(EdgeChanges(d) == c.expected);
    bool differs = false;
    for (Change ch : c.expected) differs = differs || ch != Change::kUnchanged;
    CHECK(d.HasDifferences({}) == differs);
  }
}

TEST_CASE("a changed fact names the attribute and both values", "[diff]") {
  Fact denial_by_korea = kDenial;
  denial_by_korea.asserted_by = "KOR";
  Graph a = World({kDenial});
  Graph b = World({denial_by_korea});
  GraphDiff d = DiffGraphs(a, b, {});
  REQUIRE(d.edges().size() == 1);
  const auto& e = d.edges()[0];
  CHECK(e.source->id == "RUS");
  CHECK(e.type() == "denied");
  CHECK(e.target->id == "USA");
  REQUIRE(e.changes.size() == 1);
  const AttributeChange& c = e.changes[0];
  CHECK(c.name == "asserted_by");
  CHECK(c.old_value == "");
  CHECK(c.new_value == "KOR");
  CHECK(c.gained == std::vector<std::string>{"KOR"});
  CHECK(c.lost.empty());
  CHECK(d.relation_counts().at("denied").changed == 1);
}

TEST_CASE("aliases gained and lost make a changed node", "[diff]") {
  Graph a = World({});
  Graph b = World({}, {Node("PRK", "country", "North Korea", {"the North"})});
  GraphDiff d = DiffGraphs(a, b, {});
  CHECK(d.node_counts().changed == 1);
  const auto& n = d.nodes()[1];  // KOR < PRK
  REQUIRE(n.id() == "PRK");
  REQUIRE(n.changes.size() == 1);
  CHECK(n.changes[0].name == "aliases");
  CHECK(n.changes[0].gained == std::vector<std::string>{"the North"});
  CHECK(n.changes[0].lost.empty());

  Graph c;
  c.AddNode(Node("PRK", "country", "North Korea", {"DPRK"}));
  Graph e;
  e.AddNode(Node("PRK", "country", "North Korea", {"Pyongyang"}));
  GraphDiff d2 = DiffGraphs(c, e, {});
  REQUIRE(d2.nodes()[0].changes.size() == 1);
  CHECK(d2.nodes()[0].changes[0].gained == std::vector<std::string>{"Pyongyang"});
  CHECK(d2.nodes()[0].changes[0].lost == std::vector<std::string>{"DPRK"});
}

TEST_CASE("a renamed actor is a node removed and a node added", "[diff]") {
  Fact old_urge{"kim-sun-ok", "urged", "PRK", {}, ""};
  Fact new_urge{"kim-sunok", "urged", "PRK", {}, ""};
  NodeData old_actor = Node("kim-sun-ok", "actor", "Kim Sun-ok");
  old_actor.kind = "person";
  NodeData new_actor = Node("kim-sunok", "actor", "Kim Sunok");
  new_actor.kind = "person";
  Graph a = World({old_urge}, {old_actor});
  Graph b = World({new_urge}, {new_actor});
  GraphDiff d = DiffGraphs(a, b, {});
  CHECK(d.node_counts().added == 1);
  CHECK(d.node_counts().removed == 1);
  CHECK(d.edge_counts().added == 1);
  CHECK(d.edge_counts().removed == 1);
  CHECK(d.nodes()[0].id() == "KOR");
  CHECK(d.nodes()[1].id() == "PRK");
  CHECK(d.nodes()[4].id() == "kim-sun-ok");
  CHECK(d.nodes()[4].change == Change::kRemoved);
  CHECK(d.nodes()[5].id() == "kim-sunok");
  CHECK(d.nodes()[5].change == Change::kAdded);
}

TEST_CASE("evidence, confidence, weight and mentions count only with --evidence", "[diff]") {
  Graph a = World({kSupply});
  Fact reworded = kSupply;
  reworded.evidence = "Another sentence entirely.";
  Graph b = World({reworded, reworded});  // stated twice: weight 2, one evidence sentence
  b.edge(*boost::edges(b.boost_graph()).first).confidence = 0.5;
  b.node(*b.FindNode("PRK")).mentions = 7;

  GraphDiff plain = DiffGraphs(a, b, {});
  CHECK_FALSE(plain.HasDifferences({}));

  DiffOptions with_evidence;
  with_evidence.evidence = true;
  GraphDiff d = DiffGraphs(a, b, with_evidence);
  CHECK(d.HasDifferences({}));
  REQUIRE(d.edges().size() == 1);
  std::vector<std::string> names;
  for (const auto& c : d.edges()[0].changes) names.push_back(c.name);
  // Same article, other sentence (so other offsets), lower confidence, stated twice.
  CHECK(names == std::vector<std::string>{"confidence", "evidence", "offsets", "weight"});
  CHECK(d.node_counts().changed == 1);
  for (const auto& c : d.edges()[0].changes) {
    if (c.name == "confidence") CHECK((c.old_value == "1" && c.new_value == "0.5"));
    if (c.name == "weight") CHECK((c.old_value == "1" && c.new_value == "2"));
  }
}

TEST_CASE("diff: --ignore leaves attributes out of the comparison", "[diff]") {
  Fact supply_to_iran = kSupply;
  supply_to_iran.roles["recipient"] = "IRN";
  supply_to_iran.asserted_by = "";
  Graph a = World({kSupply});
  Graph b = World({supply_to_iran}, {Node("kn-23", "weapon", "KN-23 missile")});
  CHECK(DiffGraphs(a, b, {}).HasDifferences({}));
  DiffOptions ignore;
  ignore.ignore = {"recipient", "label", "asserted_by"};
  GraphDiff d = DiffGraphs(a, b, ignore);
  CHECK_FALSE(d.HasDifferences({}));
  ignore.ignore = {"recipient", "label"};
  CHECK(DiffGraphs(a, b, ignore).HasDifferences({}));
}

TEST_CASE("parallel edges of a foreign graph are merged before comparing", "[diff]") {
  Fact by_korea = kDenial;
  by_korea.asserted_by = "KOR";
  Fact by_us = kDenial;
  by_us.asserted_by = "USA";
  Graph ours = World({by_korea, by_us});  // AddFact merges: asserted_by KOR|USA, weight 2
  REQUIRE(ours.num_edges() == 1);
  Graph foreign = World({});
  const auto rus = *foreign.FindNode("RUS");
  const auto usa = *foreign.FindNode("USA");
  foreign.AddEdge(rus, usa, Edge(by_us));
  foreign.AddEdge(rus, usa, Edge(by_korea));
  REQUIRE(foreign.num_edges() == 2);
  DiffOptions with_evidence;
  with_evidence.evidence = true;
  GraphDiff d = DiffGraphs(ours, foreign, with_evidence);
  CHECK_FALSE(d.HasDifferences({}));
  REQUIRE(d.edges().size() == 1);
  CHECK(d.edges()[0].new_edge->asserted_by == "KOR|USA");

  // Only one of the two statements: the merged edge lost an asserter.
  Graph one = World({by_korea});
  GraphDiff d2 = DiffGraphs(foreign, one, {});
  REQUIRE(d2.edges().size() == 1);
  REQUIRE(d2.edges()[0].changes.size() == 1);
  CHECK(d2.edges()[0].changes[0].lost == std::vector<std::string>{"USA"});
}

TEST_CASE("ChangeFilter parses --only lists and filters the exit status", "[diff]") {
  struct Case {
    const char* list;
    bool ok, added, removed, changed;
  };
  const Case cases[] = {
      {"added", true, true, false, false},
      {"added,removed", true, true, true, false},
      {"changed,,removed", true, false, true, true},
      {"", false, false, false, false},
      {"moved", false, false, false, false},
      {"added,Removed", false, false, false, false},
  };
  for (const Case& c : cases) {
    INFO(c.list);
    auto f = ChangeFilter::Parse(c.list);
    REQUIRE(f.ok() == c.ok);
    if (!c.ok) {
      CHECK(f.status().code() == newsgraph::Status::Code::kUsage);
      continue;
    }
    CHECK(f->added == c.added);
    CHECK(f->removed == c.removed);
    CHECK(f->changed == c.changed);
  }
  Graph a = World({kSupply});
  Graph b = World({kSupply, kDenial});
  GraphDiff d = DiffGraphs(a, b, {});
  CHECK(d.HasDifferences(ChangeFilter::Parse("added").value()));
  CHECK_FALSE(d.HasDifferences(ChangeFilter::Parse("removed,changed").value()));
}

TEST_CASE("GraphML inputs are told from articles by extension or content", "[diff]") {
  struct Case {
    const char* bytes;
    const char* name;
    bool graphml;
  };
  const Case cases[] = {
      {"North Korea supplied missiles.", "story.txt", false},
      {"anything", "graph.GraphML", true},
      {"anything", "graph.xml", true},
      {"<?xml version=\"1.0\"?>\n<graphml xmlns=\"x\">", "graph", true},
      {"\xEF\xBB\xBF  <graphml>", "-", true},
      {"<?xml version=\"1.0\"?><!DOCTYPE html><html><body>graphml</body></html>", "page", false},
      {"<html><body><graphml></body></html>", "page.html", false},
  };
  for (const Case& c : cases) {
    INFO(c.name << ": " << c.bytes);
    CHECK(newsgraph::LooksLikeGraphml(c.bytes, c.name) == c.graphml);
  }
}

TEST_CASE("DiffStyle loads the shipped diff-style.json and refuses bad colours", "[diff]") {
  auto style = newsgraph::DiffStyle::LoadDir(NEWSGRAPH_SCHEMA_DIR);
  REQUIRE(style.ok());
  CHECK(style->ColorOf(Change::kAdded) != style->ColorOf(Change::kRemoved));
  CHECK(style->ColorOf(Change::kChanged) != style->ColorOf(Change::kUnchanged));
  auto bad = newsgraph::DiffStyle::Parse(
      R"({"colors": {"added": [0, 300, 0], "removed": [1,2,3], "changed": [1,2,3], "unchanged": [1,2,3]}})",
      "style.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("style.json") != std::string::npos);
  CHECK(bad.status().message().find("'300'") != std::string::npos);
}
