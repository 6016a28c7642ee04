#include <catch2/catch.hpp>

#include <rapidxml.hpp>

#include <algorithm>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "graphml_test_graphs.hpp"
#include "io/text_escape.hpp"
#include "newsgraph/graphml.hpp"

namespace newsgraph {
namespace {

using testing::RichGraph;
using testing::SchemaOntology;
constexpr auto Write = testing::GraphmlText;

// Parses with RapidXML (which the reader uses) to check well-formedness.
bool WellFormed(std::string xml) {
  rapidxml::xml_document<> doc;
  try {
    doc.parse<rapidxml::parse_validate_closing_tags>(xml.data());
  } catch (const rapidxml::parse_error&) {
    return false;
  }
  return doc.first_node("graphml") != nullptr;
}

std::vector<std::string> Matches(const std::string& text, const std::string& pattern) {
  std::regex re(pattern);
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
       ++it) {
    out.push_back(it->size() > 1 ? (*it)[1].str() : it->str());
  }
  return out;
}

TEST_CASE("XML escaping of text and attribute values", "[graphml][escape]") {
  struct Case {
    std::string input;
    std::string text;
    std::string attribute;
  };
  auto [input, text, attribute] = GENERATE(values<Case>({
      {"plain", "plain", "plain"},
      {"a & b < c > d", "a &amp; b &lt; c &gt; d", "a &amp; b &lt; c &gt; d"},
      {"say \"hi\" it's", "say &quot;hi&quot; it&apos;s", "say &quot;hi&quot; it&apos;s"},
      {"l1\nl2\tx", "l1\nl2\tx", "l1&#10;l2&#9;x"},
      {"cr\r\n", "cr&#13;\n", "cr&#13;&#10;"},
      {std::string("nul\0x", 5), "nulx", "nulx"},
      {"bell\x07\x1b\x0b\x0c!", "bell!", "bell!"},
      {"S\xC3\xB8n \xE2\x80\x94 \xF0\x9F\x9A\x80", "S\xC3\xB8n \xE2\x80\x94 \xF0\x9F\x9A\x80",
       "S\xC3\xB8n \xE2\x80\x94 \xF0\x9F\x9A\x80"},
      {"bad \xC3 utf8 \xFF", "bad \xEF\xBF\xBD utf8 \xEF\xBF\xBD",
       "bad \xEF\xBF\xBD utf8 \xEF\xBF\xBD"},
      {"overlong \xC0\xAF", "overlong \xEF\xBF\xBD\xEF\xBF\xBD",
       "overlong \xEF\xBF\xBD\xEF\xBF\xBD"},
      {"surrogate \xED\xA0\x80", "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
       "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"nonchar \xEF\xBF\xBE!", "nonchar !", "nonchar !"},
  }));
  std::string got_text, got_attr;
  io::AppendXmlEscaped(input, false, &got_text);
  io::AppendXmlEscaped(input, true, &got_attr);
  CHECK(got_text == text);
  CHECK(got_attr == attribute);
}

TEST_CASE("NMTOKEN mapping", "[graphml][escape]") {
  struct Case {
    std::string input;
    bool safe;
    std::string token;
  };
  auto [input, safe, token] = GENERATE(values<Case>({
      {"PRK", true, "PRK"},
      {"kn-23", true, "kn-23"},
      {"a.b_c:d", true, "a.b_c:d"},
      {"S\xC3\xA3o-Paulo", true, "S\xC3\xA3o-Paulo"},
      {"New York", false, "New_York"},
      {"a  &  b", false, "a_b"},
      {"", false, "_"},
      {"x\xE2\x80\xBFy", false, "x_y"},  // U+203F: XML 1.0 5th edition only
      {"a\xC3\x97" "b", false, "a_b"},   // U+00D7 multiplication sign
  }));
  CHECK(io::IsSafeNmtoken(input) == safe);
  CHECK(io::ToNmtoken(input) == token);
}

TEST_CASE("GraphML writer emits standard, complete GraphML", "[graphml][writer]") {
  const std::string xml = Write(RichGraph());
  REQUIRE(WellFormed(xml));
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\""
                  "http://graphml.graphdrawing.org/xmlns\"", 0) == 0);
  CHECK(xml.find("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                 "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\"") != std::string::npos);
  CHECK(xml.find("<graph id=\"G\" edgedefault=\"directed\">") != std::string::npos);

  SECTION("one key per attribute, never for=all, ids unique") {
    auto fors = Matches(xml, "<key id=\"[^\"]*\" for=\"([a-z]+)\"");
    CHECK(std::set<std::string>(fors.begin(), fors.end()) ==
          std::set<std::string>{"graph", "node", "edge"});
    auto ids = Matches(xml, "<key id=\"([^\"]*)\"");
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
    const Ontology& o = SchemaOntology();
    for (const auto* list : {&o.graph_keys(), &o.node_keys(), &o.edge_keys()}) {
      for (const KeyInfo& k : *list) {
        CHECK(xml.find("<key id=\"" + k.id + "\"") != std::string::npos);
      }
    }
    // Extra attributes get their own keys, named as NMTOKENs.
    CHECK(xml.find("<key id=\"g_x_collection\" for=\"graph\" attr.name=\"collection\" "
                   "attr.type=\"string\"/>") != std::string::npos);
    CHECK(xml.find("attr.name=\"source_id\"") != std::string::npos);
    CHECK(xml.find("attr.name=\"bell_char\"") != std::string::npos);
    CHECK(xml.find("<key id=\"e_x_witness\" for=\"edge\"") != std::string::npos);
    // An extra named like one of our fields keeps apart from it.
    CHECK(xml.find("<key id=\"e_x_extra.weight\" for=\"edge\" attr.name=\"extra.weight\"") !=
          std::string::npos);
  }

  SECTION("edge ids e0.. in sorted order") {
    auto ids = Matches(xml, "<edge id=\"([^\"]*)\"");
    CHECK(ids == std::vector<std::string>{"e0", "e1", "e2", "e3", "e4"});
    auto sources = Matches(xml, "<edge id=\"e[0-9]+\" source=\"([^\"]*)\"");
    CHECK(sources == std::vector<std::string>{"PRK", "RUS", "ana-o-neil", "ana-o-neil", "kn-23"});
  }

  SECTION("node attributes, colours and size") {
    CHECK(xml.find("<node id=\"PRK\">\n"
                   "      <data key=\"n_type\">country</data>\n"
                   "      <data key=\"n_label\">North Korea</data>\n"
                   "      <data key=\"n_aliases\">DPRK|Pyongyang</data>\n"
                   "      <data key=\"n_iso3\">PRK</data>\n"
                   "      <data key=\"n_mentions\">4</data>\n") != std::string::npos);
    Rgb country = SchemaOntology().NodeColor("country", "");
    CHECK(xml.find("<data key=\"n_r\">" + std::to_string(country[0]) + "</data>\n"
                   "      <data key=\"n_g\">" + std::to_string(country[1]) + "</data>\n"
                   "      <data key=\"n_b\">" + std::to_string(country[2]) + "</data>\n"
                   "      <data key=\"n_size\">20</data>") != std::string::npos);
    Rgb org = SchemaOntology().NodeColor("actor", "organization");
    CHECK(org != SchemaOntology().NodeColor("actor", "person"));
    CHECK(xml.find("<data key=\"n_r\">" + std::to_string(org[0]) + "</data>") !=
          std::string::npos);
    // Empty values are omitted: no kind on a country.
    auto prk = xml.substr(xml.find("<node id=\"PRK\">"));
    CHECK(prk.substr(0, prk.find("</node>")).find("n_kind") == std::string::npos);
  }

  SECTION("edge attributes: evidence, offsets, article, roles, weight") {
    CHECK(xml.find("<data key=\"e_evidence\">Pyongyang shipped missiles to Moscow, the panel said."
                   "\nA second report said the &quot;KN-23&quot; rockets came by rail.</data>") !=
          std::string::npos);
    CHECK(xml.find("<data key=\"e_offsets\">120-160;10-62</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_article\">alpha.txt;beta.txt</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_asserted_by\">un-panel</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_confidence\">0.75</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_weight\">2</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_recipient\">RUS</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_role\">spokesperson</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"e_x_witness\">nobody</data>") != std::string::npos);
  }

  SECTION("escaping of labels, extras and graph data") {
    CHECK(xml.find("<data key=\"n_label\">Ana &quot;Ani&quot; O&apos;Neil &lt;\xC3\x91\xC3\xBA"
                   "\xC3\xB1" "ez&gt; &amp; S\xC3\xB8n</data>") != std::string::npos);
    CHECK(xml.find(">first line\nsecond\tline&#13;\nthird</data>") != std::string::npos);
    CHECK(xml.find(">dingdong</data>") != std::string::npos);
    CHECK(xml.find("<data key=\"g_title\">Missiles &amp; &quot;rockets&quot;: &lt;a&gt; "
                   "report</data>") != std::string::npos);
    CHECK(xml.find('\x07') == std::string::npos);
    CHECK(xml.find('\x01') == std::string::npos);
  }
}

TEST_CASE("GraphML output does not depend on insertion order", "[graphml][writer]") {
  CHECK(Write(RichGraph(false)) == Write(RichGraph(true)));
}

TEST_CASE("GraphML writer maps foreign node ids to unique NMTOKENs", "[graphml][writer]") {
  Graph g;
  for (const char* id : {"New York", "New_York", "New  York", "", "a<b", "ok"}) {
    g.AddNode({id, "location", "", id, {}, "", 1, {}});
  }
  g.AddEdge(*g.FindNode("New York"), *g.FindNode("a<b"), EdgeData{});
  const std::string xml = Write(g);
  REQUIRE(WellFormed(xml));
  auto ids = Matches(xml, "<node id=\"([^\"]*)\"");
  // Written in the order of the written ids, so a re-read keeps the order.
  CHECK(ids == std::vector<std::string>{"New_York", "New_York.2", "New_York.3", "_", "a_b", "ok"});
  for (const auto& id : ids) CHECK(io::IsSafeNmtoken(id));
  CHECK(xml.find("source=\"New_York.3\" target=\"a_b\"") != std::string::npos);
}

TEST_CASE("GraphML weight is never 0", "[graphml][writer]") {
  Graph g;
  g.AddNode({"a", "country", "", "A", {}, "", 0, {}});
  g.AddNode({"b", "country", "", "B", {}, "", 0, {}});
  EdgeData e;
  e.type = "sanctioned";
  e.weight = 0;
  g.AddEdge(0, 1, e);
  const std::string xml = Write(g);
  CHECK(xml.find("<data key=\"e_weight\">1</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"n_mentions\">0</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"n_size\">10</data>") != std::string::npos);
}

// Writes g with hooks; the result is well-formed.
std::string WriteWith(const Graph& g, const GraphmlWriteOptions& options) {
  std::ostringstream out;
  REQUIRE(WriteGraphml(g, SchemaOntology(), out, options).ok());
  REQUIRE(WellFormed(out.str()));
  return out.str();
}

TEST_CASE("GraphML colour hooks override node and edge colours", "[graphml][writer][hooks]") {
  const Graph g = RichGraph();
  SECTION("hooks that keep everything give the default output") {
    GraphmlWriteOptions keep;
    keep.node_color = [](const NodeData&) { return std::optional<Rgb>(); };
    CHECK(WriteWith(g, keep) == Write(g));
  }
  SECTION("a node colour replaces r, g, b of the chosen nodes only") {
    GraphmlWriteOptions opt;
    opt.node_color = [](const NodeData& n) -> std::optional<Rgb> {
      if (n.type == "weapon") return Rgb{1, 2, 3};
      return std::nullopt;
    };
    const std::string xml = WriteWith(g, opt);
    auto r = Matches(xml, "<data key=\"n_r\">([0-9]+)</data>");
    auto b = Matches(xml, "<data key=\"n_b\">([0-9]+)</data>");
    CHECK(std::count(r.begin(), r.end(), "1") == 1);
    CHECK(std::count(b.begin(), b.end(), "3") == 1);
    const Rgb country = SchemaOntology().NodeColor("country", "");
    CHECK(std::count(r.begin(), r.end(), std::to_string(country[0])) == 3);
  }
  SECTION("an edge colour adds r, g, b keys and values, overriding extras of those names") {
    Graph h = RichGraph();
    for (auto [ei, end] = boost::edges(h.boost_graph()); ei != end; ++ei) {
      h.edge(*ei).extra["g"] = "old";
    }
    GraphmlWriteOptions opt;
    opt.edge_color = [](const EdgeData& e) -> std::optional<Rgb> {
      if (e.type == "supplied") return Rgb{10, 20, 30};
      return std::nullopt;
    };
    const std::string xml = WriteWith(h, opt);
    CHECK(Matches(xml, "<key id=\"e_x_([rgb])\" for=\"edge\"") ==
          std::vector<std::string>{"b", "g", "r"});
    CHECK(Matches(xml, "<data key=\"e_x_r\">([^<]*)</data>") == std::vector<std::string>{"10"});
    auto greens = Matches(xml, "<data key=\"e_x_g\">([^<]*)</data>");
    CHECK(std::count(greens.begin(), greens.end(), "20") == 1);
    CHECK(std::count(greens.begin(), greens.end(), "old") ==
          static_cast<long>(h.num_edges()) - 1);
  }
}

TEST_CASE("GraphML writer reports a failing stream", "[graphml][writer]") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  Status s = WriteGraphml(RichGraph(), SchemaOntology(), out);
  CHECK(s.code() == Status::Code::kIOError);
}

}  // namespace
}  // namespace newsgraph
