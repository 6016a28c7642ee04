#include <catch2/catch.hpp>
#include <map>
#include <rapidxml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "format_test_graphs.hpp"
#include "newsgraph/gexf.hpp"

namespace newsgraph {
namespace {

using testing::DatedGraph;
using testing::ShippedOntology;

std::string Gexf(const Graph& g, const GraphmlWriteOptions& colors = {}) {
  std::ostringstream out;
  REQUIRE(WriteGexf(g, ShippedOntology(), out, colors).ok());
  return out.str();
}

// The document parsed (rapidxml decodes entities), for structural checks.
struct Parsed {
  std::vector<char> text;
  rapidxml::xml_document<> doc;
  explicit Parsed(const std::string& xml) : text(xml.begin(), xml.end()) {
    text.push_back('\0');
    doc.parse<0>(text.data());
  }
  rapidxml::xml_node<>* graph() { return doc.first_node("gexf")->first_node("graph"); }
};

std::string Attr(rapidxml::xml_node<>* n, const char* name) {
  rapidxml::xml_attribute<>* a = n->first_attribute(name);
  return a ? std::string(a->value(), a->value_size()) : std::string();
}

// attvalues of an element: for -> value.
std::map<std::string, std::string> Values(rapidxml::xml_node<>* element) {
  std::map<std::string, std::string> out;
  auto* values = element->first_node("attvalues");
  for (auto* v = values ? values->first_node("attvalue") : nullptr; v;
       v = v->next_sibling("attvalue")) {
    out[Attr(v, "for")] = Attr(v, "value");
  }
  return out;
}

std::vector<std::string> Spells(rapidxml::xml_node<>* element) {
  std::vector<std::string> out;
  auto* spells = element->first_node("spells");
  for (auto* s = spells ? spells->first_node("spell") : nullptr; s; s = s->next_sibling("spell")) {
    CHECK(Attr(s, "start") == Attr(s, "end"));
    out.push_back(Attr(s, "start"));
  }
  return out;
}

TEST_CASE("gexf: iso dates at the start of article dates") {
  const std::pair<const char*, const char*> cases[] = {
      {"2024-03-05", "2024-03-05"},
      {"2024-03-05T10:00:00Z", "2024-03-05"},
      {"2024-03-05 10:00", "2024-03-05"},
      {"March 5, 2024", ""},
      {"2024-13-05", ""},
      {"2024-03-00", ""},
      {"2024-3-5", ""},
      {"20240-03-05", ""},
      {"2024-03-051", ""},
      {"", ""},
  };
  for (const auto& [in, out] : cases) {
    CAPTURE(in);
    CHECK(IsoDate(in) == out);
  }
}

TEST_CASE("gexf: a graph of dated articles is dynamic, with spells from the articles' dates") {
  const std::string xml = Gexf(DatedGraph());
  Parsed p(xml);
  auto* graph = p.graph();
  REQUIRE(graph != nullptr);
  CHECK(Attr(p.doc.first_node("gexf"), "version") == "1.3");
  CHECK(Attr(graph, "mode") == "dynamic");
  CHECK(Attr(graph, "timeformat") == "date");
  CHECK(Attr(graph, "start") == "2024-03-05");
  CHECK(Attr(graph, "end") == "2024-04-01");
  CHECK(Attr(graph, "defaultedgetype") == "directed");
  std::map<std::string, std::vector<std::string>> node_spells, edge_spells;
  for (auto* n = graph->first_node("nodes")->first_node("node"); n; n = n->next_sibling("node")) {
    node_spells[Attr(n, "id")] = Spells(n);
  }
  for (auto* e = graph->first_node("edges")->first_node("edge"); e; e = e->next_sibling("edge")) {
    edge_spells[Attr(e, "kind")] = Spells(e);
  }
  const std::vector<std::string> both = {"2024-03-05", "2024-04-01"};
  CHECK(node_spells.at("PRK") == both);
  CHECK(node_spells.at("RUS").empty());
  CHECK(edge_spells.at("supplied") == both);
  CHECK(edge_spells.at("acquired").empty());

  Graph undated = DatedGraph();
  undated.articles().clear();
  Parsed q(Gexf(undated));
  CHECK(q.graph()->first_attribute("mode") == nullptr);
  CHECK(q.graph()->first_attribute("timeformat") == nullptr);
  CHECK(Gexf(undated).find("<spells>") == std::string::npos);
}

TEST_CASE("gexf: attributes declared and written, labels, weights, viz from the ontology") {
  const std::string xml = Gexf(DatedGraph());
  Parsed p(xml);
  auto* graph = p.graph();
  std::map<std::string, std::map<std::string, std::string>> declared;  // class -> id -> type
  for (auto* a = graph->first_node("attributes"); a; a = a->next_sibling("attributes")) {
    for (auto* at = a->first_node("attribute"); at; at = at->next_sibling("attribute")) {
      CHECK(Attr(at, "id") == Attr(at, "title"));
      declared[Attr(a, "class")][Attr(at, "id")] = Attr(at, "type");
    }
  }
  CHECK(declared["node"]["mentions"] == "integer");
  CHECK(declared["node"]["extra.label"] == "string");
  CHECK(declared["edge"]["confidence"] == "double");
  CHECK(declared["edge"]["recipient"] == "string");
  CHECK(declared["edge"].count("weight") == 0);  // the edge's own weight attribute
  auto* prk = graph->first_node("nodes")->first_node("node");
  REQUIRE(Attr(prk, "id") == "PRK");
  CHECK(Attr(prk, "label") == "North \"Korea\"");
  CHECK(Values(prk).at("extra.label") == "clash");
  CHECK(Values(prk).at("aliases") == "DPRK|North Korea");
  for (auto* n = graph->first_node("nodes")->first_node("node"); n; n = n->next_sibling("node")) {
    for (const char* name : {"type", "mentions"}) CHECK(Values(n).count(name) == 1);
    for (const auto& [k, v] : Values(n)) CHECK(declared["node"].count(k) == 1);
  }
  const Rgb country = ShippedOntology().NodeColor("country", "");
  auto* color = prk->first_node("viz:color");
  REQUIRE(color != nullptr);
  CHECK(Attr(color, "r") == std::to_string(country[0]));
  CHECK(prk->first_node("viz:size") != nullptr);
  bool found = false;
  for (auto* e = graph->first_node("edges")->first_node("edge"); e; e = e->next_sibling("edge")) {
    if (Attr(e, "kind") != "supplied") continue;
    found = true;
    CHECK(Attr(e, "label") == "supplied");
    CHECK(Attr(e, "weight") == "2");
    CHECK(Attr(e, "source") == "PRK");
    CHECK(Values(e).at("evidence").find("& <left>,") != std::string::npos);
    CHECK(Values(e).at("evidence").find('\n') != std::string::npos);  // one sentence a line
    CHECK(Values(e).at("note") == "x,y");
    CHECK(e->first_node("viz:color") != nullptr);
  }
  CHECK(found);
  auto* description = p.doc.first_node("gexf")->first_node("meta")->first_node("description");
  REQUIRE(description != nullptr);
  CHECK(std::string(description->value()) == "A & B");
}

TEST_CASE("gexf: colour hooks recolour nodes and edges") {
  GraphmlWriteOptions hooks;
  hooks.node_color = [](const NodeData& n) -> std::optional<Rgb> {
    return n.id == "PRK" ? std::optional<Rgb>(Rgb{1, 2, 3}) : std::nullopt;
  };
  hooks.edge_color = [](const EdgeData&) -> std::optional<Rgb> { return Rgb{4, 5, 6}; };
  const std::string xml = Gexf(DatedGraph(), hooks);
  CHECK(xml.find("<viz:color r=\"1\" g=\"2\" b=\"3\"/>") != std::string::npos);
  CHECK(xml.find("<viz:color r=\"4\" g=\"5\" b=\"6\"/>") != std::string::npos);
  const Rgb weapon = ShippedOntology().NodeColor("weapon", "");
  CHECK(xml.find("<viz:color r=\"" + std::to_string(weapon[0]) + "\"") != std::string::npos);
}

TEST_CASE("gexf: output is deterministic and fails on a failed stream") {
  CHECK(Gexf(DatedGraph()) == Gexf(DatedGraph()));
  std::ostringstream bad;
  bad.setstate(std::ios::badbit);
  CHECK_FALSE(WriteGexf(DatedGraph(), ShippedOntology(), bad).ok());
}

}  // namespace
}  // namespace newsgraph
