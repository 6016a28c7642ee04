#include "newsgraph/views.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>

namespace newsgraph {
namespace {

const Views& Shipped() {
  static const Views views = [] {
    Result<Views> v = Views::LoadDir(NEWSGRAPH_SCHEMA_DIR);
    REQUIRE(v.ok());
    return v.value();
  }();
  return views;
}

EdgeData Fact(std::string type, std::string sentence,
              std::map<std::string, std::string> roles = {}) {
  EdgeData e;
  e.type = std::move(type);
  e.evidence.push_back({sentence, "a.txt", 0, sentence.size()});
  e.roles = std::move(roles);
  return e;
}

// North Korea supplies KN-23 to Russia (stated as both facts in one sentence),
// Russia's envoy (a person) denies it, a spokesman of nobody speaks, and a
// weapon is used: a fact the view keeps.
Graph Story() {
  Graph g;
  g.AddNode({"PRK", "country", "", "North Korea", {}, "PRK", 2, {}});
  g.AddNode({"RUS", "country", "", "Russia", {}, "RUS", 2, {}});
  g.AddNode({"USA", "country", "", "United States", {}, "USA", 1, {}});
  g.AddNode({"kn-23", "weapon", "", "KN-23", {}, "", 2, {}});
  g.AddNode({"hwasong", "weapon", "", "Hwasong", {}, "", 1, {}});
  g.AddNode({"envoy", "actor", "person", "Vassily", {}, "", 1, {}});
  g.AddNode({"ministry", "actor", "organization", "Foreign Ministry", {}, "", 1, {}});
  g.AddNode({"kyiv", "location", "", "Kyiv", {}, "", 1, {}});
  g.AddFact("PRK", "kn-23", Fact("supplied", "S1", {{"recipient", "RUS"}}));
  g.AddFact("RUS", "kn-23", Fact("acquired", "S1", {{"supplier", "PRK"}}));
  g.AddFact("PRK", "hwasong", Fact("supplied", "S2", {{"recipient", "RUS"}}));
  g.AddFact("PRK", "kn-23", Fact("supplied", "S3", {{"recipient", "somewhere"}}));
  g.AddFact("envoy", "RUS", Fact("represents", ""));
  g.AddFact("ministry", "RUS", Fact("represents", ""));
  EdgeData denial = Fact("denied", "S4", {{"about", "the deal"}});
  denial.asserted_by = "envoy";
  g.AddFact("envoy", "USA", denial);
  g.AddFact("RUS", "kn-23", Fact("used", "S5", {{"location", "kyiv"}}));
  g.AddArticle("a.txt", {"2024-01-02", "", ""});
  g.attributes()["title"] = "story";
  return g;
}

std::set<std::string> Triples(const Graph& g) {
  std::set<std::string> out;
  for (const Graph::Edge& e : g.SortedEdges()) {
    out.insert(g.node(g.source(e)).id + " " + g.edge(e).type + " " + g.node(g.target(e)).id);
  }
  return out;
}

const EdgeData& Edge(const Graph& g, const std::string& triple) {
  for (const Graph::Edge& e : g.SortedEdges()) {
    if (g.node(g.source(e)).id + " " + g.edge(e).type + " " + g.node(g.target(e)).id == triple) {
      return g.edge(e);
    }
  }
  FAIL("no edge " << triple);
  return g.edge(*g.SortedEdges().begin());
}

TEST_CASE("views: countries folds persons and supplies") {
  Result<Graph> r = Shipped().Apply("countries", Story());
  REQUIRE(r.ok());
  const Graph& g = r.value();
  CHECK(Triples(g) == std::set<std::string>{
                          "PRK arms-transfer RUS",    // S1 (both facts) and S2
                          "PRK supplied kn-23",       // the recipient is no node: kept
                          "RUS denied USA",           // the envoy folded into Russia
                          "RUS used kn-23",           // not a flow
                          "ministry represents RUS",  // organizations are not folded
                      });
  const EdgeData& flow = Edge(g, "PRK arms-transfer RUS");
  CHECK(flow.roles.at("weapon") == "hwasong|kn-23");
  CHECK(flow.roles.count("recipient") == 0);
  CHECK(flow.roles.count("supplier") == 0);
  CHECK(flow.evidence.size() == 2);
  CHECK(flow.weight == 2);  // S1 once, though it gave two facts
  CHECK(flow.label == "arms-transfer");
  CHECK(Edge(g, "RUS denied USA").asserted_by == "RUS");
  CHECK_FALSE(g.FindNode("envoy"));
  CHECK_FALSE(g.FindNode("hwasong"));  // its only fact became the flow
  CHECK(g.FindNode("kn-23"));          // still used and supplied
  CHECK(g.FindNode("kyiv"));           // no edge before either
  CHECK(g.attributes().at("view") == "countries");
  CHECK(g.attributes().at("title") == "story");
  CHECK(g.articles().at("a.txt").date == "2024-01-02");
}

TEST_CASE("views: a person representing two countries is not folded") {
  Graph story = Story();
  story.AddFact("envoy", "PRK", Fact("represents", ""));
  Result<Graph> r = Shipped().Apply("countries", story);
  REQUIRE(r.ok());
  CHECK(r->FindNode("envoy"));
  CHECK(Triples(r.value()).count("envoy denied USA") == 1);
}

TEST_CASE("views: unknown names and bad files are errors naming them") {
  Result<Graph> r = Shipped().Apply("nations", Story());
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == Status::Code::kUsage);
  CHECK(r.status().message().find("'nations'") != std::string::npos);
  CHECK(r.status().message().find("countries") != std::string::npos);
  const std::pair<const char*, const char*> bad[] = {
      {"{\"views\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}", "defined twice"},
      {"{\"views\": [{\"name\": \"a\", \"flows\": [{\"relation\": \"r\", \"party_role\": \"p\", "
       "\"direction\": \"up\"}], \"flow_relation\": \"f\", \"flow_role\": \"w\"}]}",
       "direction 'up'"},
      {"{\"views\": 3}", "v.json"},
      {"not json", "v.json"},
  };
  for (const auto& [json, message] : bad) {
    CAPTURE(json);
    Result<Views> v = Views::Parse(json, "v.json");
    REQUIRE_FALSE(v.ok());
    CHECK(v.status().message().find(message) != std::string::npos);
  }
}

}  // namespace
}  // namespace newsgraph
