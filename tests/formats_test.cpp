#include "newsgraph/formats.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "graphml_test_graphs.hpp"
#include "newsgraph/graphml.hpp"

namespace newsgraph {
namespace {

const Ontology& Shipped() { return testing::SchemaOntology(); }

Graph SmallGraph() {
  Graph g;
  g.AddNode({"PRK", "country", "", "North Korea", {"DPRK"}, "PRK", 2, {}});
  g.AddNode({"kn-23", "weapon", "", "KN-23", {}, "", 1, {}});
  EdgeData e;
  e.type = "supplied";
  e.evidence.push_back({"North Korea supplied KN-23 missiles.", "a.txt", 0, 36});
  g.AddFact("PRK", "kn-23", e);
  return g;
}

TEST_CASE("formats: resolved by name, alias, extension or fallback") {
  struct Case {
    const char* requested;
    const char* output;
    const char* expected;  // nullptr: a usage error
  };
  const Case cases[] = {
      {"", "out/a.graphml", "graphml"},
      {"", "out/a.XML", "graphml"},
      {"", "a.dot", "dot"},
      {"", "a.gv", "dot"},
      {"", "-", "graphml"},
      {"", "noext", "graphml"},
      {"dot", "a.graphml", "dot"},
      {"gv", "-", "dot"},
      {"graphml", "a.dot", "graphml"},
      {"gefx", "a.gexf", nullptr},
      {"DOT", "-", nullptr},
  };
  for (const Case& c : cases) {
    CAPTURE(c.requested, c.output);
    Result<const GraphFormat*> f = ResolveGraphFormat(c.requested, c.output);
    if (c.expected == nullptr) {
      REQUIRE_FALSE(f.ok());
      CHECK(f.status().code() == Status::Code::kUsage);
      CHECK(f.status().message().find(QuoteInput(c.requested)) != std::string::npos);
      CHECK(f.status().message().find(GraphFormatNames()) != std::string::npos);
    } else {
      REQUIRE(f.ok());
      CHECK(f.value()->name == c.expected);
    }
  }
}

TEST_CASE("formats: every entry is complete and names are unique") {
  std::set<std::string> names, extensions;
  for (const GraphFormat& f : GraphFormats()) {
    CAPTURE(f.name);
    CHECK(names.insert(f.name).second);
    for (const std::string& a : f.aliases) CHECK(names.insert(a).second);
    for (const std::string& e : f.extensions) CHECK(extensions.insert(e).second);
    CHECK_FALSE(f.extensions.empty());
    CHECK_FALSE(f.description.empty());
    REQUIRE_FALSE(f.parts.empty());
    for (const FormatPart& p : f.parts) CHECK(p.write);
    CHECK(FindGraphFormat(f.name) == &f);
    CHECK(GraphFormatForPath("x." + f.extensions.front()) == &f);
  }
  CHECK(GraphFormatNames().find(" or ") != std::string::npos);
}

TEST_CASE("formats: part paths of several-file formats") {
  GraphFormat multi{"csv", {}, {"csv"}, "two tables", {{"nodes", {}}, {"edges", {}}}};
  struct Case {
    const char* output;
    const char* nodes;
  };
  const Case cases[] = {
      {"out/story.csv", "out/story.nodes.csv"}, {"out/story.CSV", "out/story.nodes.csv"},
      {"out/story", "out/story.nodes.csv"},     {"out/story.v2", "out/story.v2.nodes.csv"},
      {"out/dir/", "out/dir/nodes.csv"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.output);
    CHECK(PartPath(c.output, multi, multi.parts[0]) == c.nodes);
  }
  CHECK_FALSE(multi.single_file());
  const GraphFormat* graphml = FindGraphFormat("graphml");
  REQUIRE(graphml != nullptr);
  CHECK(graphml->single_file());
  CHECK(PartPath("out/a.graphml", *graphml, graphml->parts[0]) == "out/a.graphml");
}

TEST_CASE("formats: WriteGraph writes what the format's writer writes") {
  const Graph g = SmallGraph();
  std::ostringstream direct, registry;
  REQUIRE(WriteGraphml(g, Shipped(), direct).ok());
  REQUIRE(WriteGraph(g, Shipped(), *FindGraphFormat("graphml"), registry).ok());
  CHECK(registry.str() == direct.str());

  std::ostringstream with_legend, without_legend;
  GraphWriteOptions options;
  REQUIRE(WriteGraph(g, Shipped(), *FindGraphFormat("dot"), with_legend, options).ok());
  options.dot.legend = false;
  REQUIRE(WriteGraph(g, Shipped(), *FindGraphFormat("dot"), without_legend, options).ok());
  CHECK(with_legend.str().find("newsgraph legend") != std::string::npos);
  CHECK(without_legend.str().find("newsgraph legend") == std::string::npos);
}

TEST_CASE("formats: colour hooks reach the writers") {
  const Graph g = SmallGraph();
  GraphWriteOptions options;
  options.colors.node_color = [](const NodeData&) -> std::optional<Rgb> { return Rgb{1, 2, 3}; };
  std::ostringstream out;
  REQUIRE(WriteGraph(g, Shipped(), *FindGraphFormat("graphml"), out, options).ok());
  CHECK(out.str().find("<data key=\"n_r\">1</data>") != std::string::npos);
}

}  // namespace
}  // namespace newsgraph
