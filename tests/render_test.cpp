#include "newsgraph/render.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "graphml_test_graphs.hpp"

namespace newsgraph {
namespace {

using testing::RichGraph;
using testing::SchemaOntology;

std::string Render(const Graph& g, const char* format, const DotOptions& options = {}) {
  std::ostringstream out;
  Status s = RenderGraph(g, SchemaOntology(), format, out, options);
  INFO(s.message());
  REQUIRE(s.ok());
  return out.str();
}

// How many times needle occurs in text.
std::size_t Count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

TEST_CASE("render: SVG with every node and edge, with dot and with sfdp", "[render]") {
  const Graph g = RichGraph();
  DotOptions large;
  large.sfdp_from_nodes = 1;  // as if the graph were large
  for (const DotOptions& options : {DotOptions(), large}) {
    CAPTURE(options.sfdp_from_nodes);
    const std::string svg = Render(g, "svg", options);
    CHECK(svg.find("<svg") != std::string::npos);
    // One group per node and edge, plus the legend node.
    CHECK(Count(svg, "class=\"node\"") == g.num_nodes() + 1);
    CHECK(Count(svg, "class=\"edge\"") == g.num_edges());
  }
}

TEST_CASE("render: PNG bytes", "[render]") {
  const std::string png = Render(RichGraph(), "png");
  REQUIRE(png.size() > 8);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
}

TEST_CASE("render: an unknown Graphviz format is an error, nothing written", "[render]") {
  std::ostringstream out;
  Status s = RenderGraph(RichGraph(), SchemaOntology(), "no-such-format", out);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("no-such-format") != std::string::npos);
  CHECK(out.str().empty());
}

}  // namespace
}  // namespace newsgraph
