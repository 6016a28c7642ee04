// An HTML page gives the same graph as its article text pasted as plain text
// (evidence offsets aside): ingest must hand the extractor the same text.
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "test_support.hpp"

#include "newsgraph/article.hpp"
#include "newsgraph/extractor.hpp"
#include "newsgraph/graph.hpp"

using namespace newsgraph;

namespace {

// Every node and fact with its attributes, evidence sentences included but
// not their offsets or article names.
std::string Dump(const Graph& g) {
  std::ostringstream out;
  for (auto v : g.SortedNodes()) {
    const NodeData& n = g.node(v);
    out << n.id << " " << n.type << " " << n.kind << " " << n.label << " m" << n.mentions;
    for (const auto& a : n.aliases) out << " |" << a;
    out << "\n";
  }
  for (auto e : g.SortedEdges()) {
    const EdgeData& d = g.edge(e);
    out << g.node(g.source(e)).id << " -" << d.type << "-> " << g.node(g.target(e)).id
        << " w" << d.weight << " by=" << d.asserted_by << " date=" << d.date;
    for (const auto& [k, v] : d.roles) out << " " << k << "=" << v;
    for (const auto& ev : d.evidence) out << "\n  \"" << ev.text << "\"";
    out << "\n";
  }
  return out.str();
}

}  // namespace

TEST_CASE("an HTML page and its text pasted as plain text give the same graph") {
  auto options = IngestOptions::LoadDir(NEWSGRAPH_SCHEMA_DIR);
  REQUIRE(options.ok());
  auto extractor = Extractor::Load(NEWSGRAPH_SCHEMA_DIR);
  REQUIRE(extractor.ok());
  const std::string dir = std::string(NEWSGRAPH_TEST_DATA_DIR) + "/ingest/";
  const char* pairs[][2] = {{"news_site.html", "news_site.txt"}, {"div_soup.html", "div_soup.txt"}};
  for (const auto& pair : pairs) {
    CAPTURE(pair[0]);
    auto html = LoadArticle(newsgraph::testing::Slurp(dir + pair[0]), pair[0], options.value());
    auto text = LoadArticle(newsgraph::testing::Slurp(dir + pair[1]), pair[1], options.value());
    REQUIRE(html.ok());
    REQUIRE(text.ok());
    CHECK(html->format == "html");
    CHECK(text->format == "text");
    CHECK(html->text == text->text);
    Graph from_html, from_text;
    REQUIRE(extractor->Extract(html.value(), &from_html).ok());
    REQUIRE(extractor->Extract(text.value(), &from_text).ok());
    CHECK(Dump(from_html) == Dump(from_text));
  }
}
