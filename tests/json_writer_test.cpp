#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "format_test_graphs.hpp"
#include "newsgraph/node_link.hpp"

namespace newsgraph {
namespace {

using testing::DatedGraph;
using testing::ShippedOntology;

nlohmann::json Json(const Graph& g, const GraphmlWriteOptions& colors = {}) {
  std::ostringstream out;
  REQUIRE(WriteNodeLinkJson(g, ShippedOntology(), out, colors).ok());
  return nlohmann::json::parse(out.str());
}

const nlohmann::json& Node(const nlohmann::json& j, const std::string& key) {
  for (const auto& n : j["nodes"]) {
    if (n["key"] == key) return n;
  }
  FAIL("no node " << key);
  return j;
}

TEST_CASE("json: graphology's serialization with networkx's flags") {
  const nlohmann::json j = Json(DatedGraph());
  CHECK(j["options"]["type"] == "directed");
  CHECK(j["options"]["multi"] == true);
  CHECK(j["directed"] == true);
  CHECK(j["multigraph"] == true);
  CHECK(j["attributes"]["title"] == "A & B");
  CHECK(j["graph"] == j["attributes"]);
  CHECK(j["nodes"].size() == 4);
  REQUIRE(j["edges"].size() == 2);
  std::set<std::string> keys;
  for (const auto& e : j["edges"]) {
    keys.insert(e["key"].get<std::string>());
    CHECK(e.contains("source"));
    CHECK(e.contains("target"));
  }
  CHECK(keys == std::set<std::string>{"e0", "e1"});
}

TEST_CASE("json: attributes typed by their key, display attributes, dates") {
  const nlohmann::json j = Json(DatedGraph());
  const auto& prk = Node(j, "PRK")["attributes"];
  CHECK(prk["label"] == "North \"Korea\"");
  CHECK(prk["mentions"] == 4);  // a number, not text
  CHECK(prk["extra.label"] == "clash");
  CHECK(prk["color"].get<std::string>().front() == '#');
  CHECK(prk["size"].is_number());
  CHECK(prk["dates"] == nlohmann::json({"2024-03-05", "2024-04-01"}));
  CHECK_FALSE(Node(j, "RUS")["attributes"].contains("dates"));
  CHECK_FALSE(Node(j, "RUS")["attributes"].contains("kind"));  // empty values left out
  for (const auto& e : j["edges"]) {
    const auto& a = e["attributes"];
    CHECK(a["weight"].is_number_integer());
    CHECK(a["confidence"].is_number());
    if (a["type"] == "supplied") {
      CHECK(a["weight"] == 2);
      CHECK(a["recipient"] == "RUS");
      CHECK(a["article"] == "a.html;b.html");
      CHECK(a["evidence"].get<std::string>().find('\n') != std::string::npos);
    }
  }
}

TEST_CASE("json: colour hooks, invalid UTF-8 replaced, failed stream") {
  Graph g = DatedGraph();
  g.AddNode({"bad", "actor", "person", "Bad \xff name", {}, "", 1, {}});
  GraphmlWriteOptions hooks;
  hooks.node_color = [](const NodeData&) -> std::optional<Rgb> { return Rgb{255, 0, 0}; };
  const nlohmann::json j = Json(g, hooks);
  CHECK(Node(j, "PRK")["attributes"]["color"] == "#ff0000");
  CHECK(Node(j, "bad")["attributes"]["label"].get<std::string>().find("\xEF\xBF\xBD") !=
        std::string::npos);
  std::ostringstream bad;
  bad.setstate(std::ios::badbit);
  CHECK_FALSE(WriteNodeLinkJson(g, ShippedOntology(), bad).ok());
}

}  // namespace
}  // namespace newsgraph
