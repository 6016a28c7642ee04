#include "io/attribute_table.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "format_test_graphs.hpp"

namespace newsgraph {
namespace {

using testing::DatedGraph;
using testing::ShippedOntology;

const io::AttributeColumn* Column(const std::vector<io::AttributeColumn>& columns,
                                  const std::string& name) {
  auto it = std::find_if(columns.begin(), columns.end(),
                         [&](const io::AttributeColumn& c) { return c.name == name; });
  return it == columns.end() ? nullptr : &*it;
}

TEST_CASE("attribute table: key-file columns first, display fields left out, clashes renamed") {
  const Graph g = DatedGraph();
  const io::AttributeTable t = io::PlanAttributes(g, ShippedOntology());
  REQUIRE_FALSE(t.node.empty());
  CHECK(t.node.front().name == "type");
  for (const char* display : {"label", "r", "g", "b", "size"}) {
    CHECK(Column(t.node, display) == nullptr);
  }
  for (const char* display : {"label", "weight"}) CHECK(Column(t.edge, display) == nullptr);
  struct Case {
    bool node;
    const char* name;
    const char* type;
  };
  const Case present[] = {
      {true, "mentions", "int"},       {true, "extra.label", "string"},
      {true, "wikidata", "string"},    {false, "evidence", "string"},
      {false, "confidence", "double"}, {false, "recipient", "string"},
      {false, "note", "string"},
  };
  for (const Case& c : present) {
    CAPTURE(c.name);
    const io::AttributeColumn* col = Column(c.node ? t.node : t.edge, c.name);
    REQUIRE(col != nullptr);
    CHECK(col->type == c.type);
  }
  // The others come after the key file's, sorted.
  CHECK(t.node.back().name == "wikidata");
}

TEST_CASE("attribute table: values as the GraphML writer writes them") {
  const Graph g = DatedGraph();
  const io::AttributeTable t = io::PlanAttributes(g, ShippedOntology());
  const NodeData& prk = g.node(*g.FindNode("PRK"));
  CHECK(io::NodeValue(*Column(t.node, "aliases"), prk) == "DPRK|North Korea");
  CHECK(io::NodeValue(*Column(t.node, "mentions"), prk) == "4");
  CHECK(io::NodeValue(*Column(t.node, "extra.label"), prk) == "clash");
  const EdgeData* supplied = nullptr;
  for (const Graph::Edge& e : g.SortedEdges()) {
    if (g.edge(e).type == "supplied") supplied = &g.edge(e);
  }
  REQUIRE(supplied != nullptr);
  CHECK(io::EdgeValue(*Column(t.edge, "article"), *supplied) == "a.html;b.html");
  CHECK(io::EdgeValue(*Column(t.edge, "offsets"), *supplied) == "0-40;50-90");
  const std::string evidence = io::EdgeValue(*Column(t.edge, "evidence"), *supplied);
  CHECK(std::count(evidence.begin(), evidence.end(), '\n') == 1);  // one sentence a line
  CHECK(io::EdgeValue(*Column(t.edge, "recipient"), *supplied) == "RUS");
  CHECK(io::EdgeValue(*Column(t.edge, "note"), *supplied) == "x,y");
  CHECK(io::EdgeValue(*Column(t.edge, "confidence"), *supplied) == "1");
}

TEST_CASE("attribute table: dates of edges from their articles, of nodes from their edges") {
  const Graph g = DatedGraph();
  const io::TimeTable t = io::PlanTime(g);
  CHECK(t.dynamic());
  CHECK(t.first == "2024-03-05");
  CHECK(t.last == "2024-04-01");
  const std::set<std::string> both = {"2024-03-05", "2024-04-01"};
  CHECK(t.node[*g.FindNode("PRK")] == both);
  CHECK(t.node[*g.FindNode("kn-23")] == both);
  CHECK(t.node[*g.FindNode("RUS")].empty());  // only in the undated article
  CHECK(t.node[*g.FindNode("kim")].empty());
  for (const Graph::Edge& e : g.SortedEdges()) {
    CAPTURE(g.edge(e).type);
    CHECK(t.EdgeDates(e) == (g.edge(e).type == "supplied" ? both : std::set<std::string>{}));
  }
  Graph undated = DatedGraph();
  undated.articles().clear();
  CHECK_FALSE(io::PlanTime(undated).dynamic());
}

TEST_CASE("attribute table: colours from the ontology unless a hook gives one") {
  const Graph g = DatedGraph();
  const NodeData& kim = g.node(*g.FindNode("kim"));
  CHECK(io::NodeColor(kim, ShippedOntology(), {}) ==
        ShippedOntology().NodeColor("actor", "person"));
  GraphmlWriteOptions hooks;
  hooks.node_color = [](const NodeData&) -> std::optional<Rgb> { return Rgb{1, 2, 3}; };
  CHECK(io::HexColor(io::NodeColor(kim, ShippedOntology(), hooks)) == "#010203");
  CHECK(io::HexColor({300, -5, 16}) == "#ff0010");
  EdgeData unknown;
  unknown.type = "no-such-relation";
  CHECK(io::EdgeColor(unknown, ShippedOntology(), {}) == Rgb{128, 128, 128});
}

}  // namespace
}  // namespace newsgraph
