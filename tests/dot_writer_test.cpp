#include <catch2/catch.hpp>

#include <cstdio>
#include <sstream>
#include <string>

#include "graphml_test_graphs.hpp"
#include "io/text_escape.hpp"
#include "newsgraph/dot.hpp"

namespace newsgraph {
namespace {

using testing::RichGraph;
using testing::SchemaOntology;

std::string Dot(const Graph& g, DotOptions options = {}) {
  std::ostringstream out;
  REQUIRE(WriteDot(g, SchemaOntology(), out, options).ok());
  return out.str();
}

std::string Hex(const Rgb& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c[0], c[1], c[2]);
  return buf;
}

TEST_CASE("DOT string escaping", "[dot][escape]") {
  struct Case {
    std::string input;
    std::string quoted;
    std::string html;
  };
  auto [input, quoted, html] = GENERATE(values<Case>({
      {"plain", "plain", "plain"},
      {"say \"hi\"", "say \\\"hi\\\"", "say &quot;hi&quot;"},
      {"back\\slash \\n", "back\\\\slash \\\\n", "back\\slash \\n"},
      {"two\nlines", "two\\nlines", "twolines"},
      {"tab\there", "tab here", "tabhere"},
      {"ctl\x01\x7f\r!", "ctl!", "ctl!"},
      {"a < b & c > d", "a < b & c > d", "a &lt; b &amp; c &gt; d"},
      {"K\xC3\xB8" "benhavn \xE5\x8C\x97", "K\xC3\xB8" "benhavn \xE5\x8C\x97",
       "K\xC3\xB8" "benhavn \xE5\x8C\x97"},
      {"bad \xFF", "bad \xEF\xBF\xBD", "bad \xEF\xBF\xBD"},
  }));
  std::string got_quoted, got_html;
  io::AppendDotEscaped(input, &got_quoted);
  io::AppendDotHtmlEscaped(input, &got_html);
  CHECK(got_quoted == quoted);
  CHECK(got_html == html);
}

TEST_CASE("DOT writer styles nodes and edges from the ontology", "[dot][writer]") {
  const Ontology& o = SchemaOntology();
  const std::string dot = Dot(RichGraph());
  // A comment line naming the layout, then the graph.
  CHECK(dot.find("\ndigraph \"newsgraph\" {\n  graph [charset=\"UTF-8\"") == dot.find('\n'));
  CHECK(dot.substr(dot.size() - 2) == "}\n");
  CHECK(dot.find("label=\"Missiles & \\\"rockets\\\": <a> report\"") != std::string::npos);

  SECTION("nodes: shape, style and fill per type and kind") {
    const NodeTypeInfo* country = o.FindNodeType("country");
    REQUIRE(country);
    CHECK(dot.find("  \"PRK\" [label=\"North Korea\", shape=" + country->dot_shape + ", style=\"" +
                   country->dot_style + "\", fillcolor=\"" + Hex(country->color) + "\"") !=
          std::string::npos);
    CHECK(dot.find("\"un-panel\" [label=\"U.N. panel of experts\", shape=hexagon") !=
          std::string::npos);
    CHECK(dot.find("fillcolor=\"" + Hex(o.NodeColor("actor", "organization")) + "\"") !=
          std::string::npos);
    CHECK(dot.find("[label=\"Ana \\\"Ani\\\" O'Neil <\xC3\x91\xC3\xBA\xC3\xB1" "ez> & S\xC3\xB8n\"") !=
          std::string::npos);
    CHECK(dot.find("tooltip=\"PRK (country)\\nalso: DPRK; Pyongyang\"") != std::string::npos);
  }

  SECTION("edges: label, colour, style and width per relation family") {
    const FamilyInfo* arms = o.FindFamily("arms");
    const FamilyInfo* stance = o.FindFamily("stance");
    REQUIRE(arms);
    REQUIRE(stance);
    // supplied was stated twice: wider than the family's base width.
    CHECK(dot.find("  \"PRK\" -> \"kn-23\" [label=\"supplied\", color=\"" + Hex(arms->color) +
                   "\", fontcolor=\"" + Hex(arms->color) + "\", style=\"" + arms->dot_style +
                   "\", penwidth=3, tooltip=\"supplied (stated 2 times)\\n- Pyongyang shipped missiles to "
                   "Moscow, the panel said.\\n- A second report said the \\\"KN-23\\\"") !=
          std::string::npos);
    CHECK(dot.find("\"ana-o-neil\" -> \"PRK\" [label=\"condemned\", color=\"" +
                   Hex(stance->color) + "\"") != std::string::npos);
    CHECK(dot.find("style=\"" + stance->dot_style + "\", penwidth=1.5") != std::string::npos);
  }

  SECTION("legend lists the types and families present") {
    auto legend = dot.substr(dot.find("\"newsgraph legend\""));
    CHECK(legend.find(">country</TD>") != std::string::npos);
    CHECK(legend.find(">actor (organization)</TD>") != std::string::npos);
    CHECK(legend.find("arms: supplied, acquired, used, used-in") != std::string::npos);
    CHECK(legend.find(">resolution<") == std::string::npos);  // none in the graph
    CHECK(legend.find("law:") == std::string::npos);
  }
}

TEST_CASE("DOT output is deterministic and the legend optional", "[dot][writer]") {
  CHECK(Dot(RichGraph(false)) == Dot(RichGraph(true)));
  DotOptions no_legend;
  no_legend.legend = false;
  CHECK(Dot(RichGraph(), no_legend).find("legend") == std::string::npos);
}

TEST_CASE("DOT hooks recolour, dash and annotate elements", "[dot][writer][hooks]") {
  const Graph g = RichGraph();
  SECTION("hooks that change nothing give the default output") {
    DotOptions keep;
    keep.node_decoration = [](const NodeData&) { return DotDecoration(); };
    keep.edge_decoration = [](const EdgeData&) { return DotDecoration(); };
    CHECK(Dot(g, keep) == Dot(g));
  }
  const DotDecoration new_weapon{Rgb{0, 0, 0}, true, "new", "seen once"};
  const DotDecoration sold{Rgb{255, 255, 255}, true, "was: sold", ""};
  DotOptions opt;
  opt.node_decoration = [&](const NodeData& n) {
    return n.id == "kn-23" ? new_weapon : DotDecoration();
  };
  opt.edge_decoration = [&](const EdgeData& e) {
    return e.type == "supplied" ? sold : DotDecoration();
  };
  opt.legend_ontology = false;
  opt.legend_title = "what <changed>";
  opt.legend_entries = {{"fresh", {0, 255, 0}}, {"stale", {9, 9, 9}}};
  const std::string dot = Dot(g, opt);
  CHECK(dot.find("\"kn-23\" [label=\"KN-23\\nnew\", shape=diamond, style=\"filled,dashed\", "
                 "fillcolor=\"#000000\", fontcolor=\"#ffffff\"") != std::string::npos);
  CHECK(dot.find("also: ballistic missiles\\nseen once\"") != std::string::npos);
  CHECK(dot.find("\"PRK\" -> \"kn-23\" [label=\"supplied\\nwas: sold\", color=\"#ffffff\", "
                 "fontcolor=\"#ffffff\", style=\"dashed\"") != std::string::npos);
  // Other elements keep the ontology's colours.
  CHECK(dot.find("fillcolor=\"" + Hex(SchemaOntology().NodeColor("country", "")) + "\"") !=
        std::string::npos);
  const std::string legend = dot.substr(dot.find("\"newsgraph legend\""));
  CHECK(legend.find("<B>what &lt;changed&gt;</B>") != std::string::npos);
  CHECK(legend.find("<TD BGCOLOR=\"#00ff00\">&#160;&#160;&#160;</TD><TD ALIGN=\"LEFT\">fresh</TD>") !=
        std::string::npos);
  CHECK(legend.find("stale") > legend.find("fresh"));
  CHECK(legend.find("country") == std::string::npos);  // no ontology rows
}

TEST_CASE("DOT writer copes with unknown types and odd ids", "[dot][writer]") {
  Graph g;
  g.AddNode({"a \"quoted\" \\ id", "spaceship", "", "", {}, "", 1, {}});
  g.AddNode({"b\nline", "", "", "B", {}, "", 1, {}});
  EdgeData e;
  e.type = "teleported";
  g.AddEdge(0, 1, e);
  const std::string dot = Dot(g);
  CHECK(dot.find("  \"a \\\"quoted\\\" \\\\ id\" [label=\"a \\\"quoted\\\" \\\\ id\", "
                 "shape=ellipse, style=\"filled\", fillcolor=\"#808080\"") != std::string::npos);
  CHECK(dot.find("\"a \\\"quoted\\\" \\\\ id\" -> \"b\\nline\" [label=\"teleported\", "
                 "color=\"#808080\"") != std::string::npos);
}

}  // namespace
}  // namespace newsgraph

namespace newsgraph {
namespace {

TEST_CASE("DOT names the layout that suits the graph's size", "[dot][writer][layout]") {
  const Graph g = testing::RichGraph();
  DotOptions options;
  CHECK(SuitableLayout(g, options) == "dot");
  std::string small = Dot(g, options);
  CHECK(small.rfind("// ", 0) == 0);
  CHECK(small.find("lay out with dot") != std::string::npos);
  CHECK(small.find("layout=") == std::string::npos);
  struct Case {
    std::size_t nodes, edges;
    const char* layout;
  };
  const Case cases[] = {{g.num_nodes(), 1000, "sfdp"}, {1000, g.num_edges(), "sfdp"},
                        {g.num_nodes() + 1, g.num_edges() + 1, "dot"}};
  for (const Case& c : cases) {
    options.sfdp_from_nodes = c.nodes;
    options.sfdp_from_edges = c.edges;
    CAPTURE(c.nodes, c.edges);
    CHECK(SuitableLayout(g, options) == c.layout);
    const std::string dot = Dot(g, options);
    CHECK((dot.find(", layout=sfdp") != std::string::npos) == (std::string(c.layout) == "sfdp"));
  }
}

TEST_CASE("DOT labels a merged graph with its first titles, one a line", "[dot][writer][title]") {
  struct Case {
    const char* titles;  // the graph's "|"-joined title attribute
    const char* label;   // the DOT label, escaped
  };
  const Case cases[] = {
      {"One", "label=\"One\""},
      {"One|Two|Three", "label=\"One\\nTwo\\nThree\""},
      {"One|Two|Three|Four|Five", "label=\"One\\nTwo\\nThree\\n(2 more)\""},
  };
  for (const Case& c : cases) {
    Graph g = testing::RichGraph();
    g.attributes()["title"] = c.titles;
    const std::string dot = Dot(g);
    CAPTURE(c.titles, dot.substr(0, 400));
    CHECK(dot.find(c.label) != std::string::npos);
    CHECK(dot.find('|') == std::string::npos);
  }
}

}  // namespace
}  // namespace newsgraph
