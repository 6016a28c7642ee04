#include <catch2/catch.hpp>

#include <cstdio>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "graphml_test_graphs.hpp"
#include "newsgraph/html_view.hpp"

namespace newsgraph {
namespace {

using nlohmann::json;
using testing::RichGraph;
using testing::SchemaOntology;

constexpr const char* kDataOpen = "<script type=\"application/json\" id=\"newsgraph-data\">";

std::string Page(const Graph& g, std::string_view js = "/*viewer*/",
                 const HtmlViewOptions& options = {}) {
  std::ostringstream out;
  Status s = WriteHtmlView(g, SchemaOntology(), js, out, options);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out.str();
}

// The embedded JSON text, as the browser hands it to the page's script.
std::string DataText(const std::string& page) {
  const std::size_t begin = page.find(kDataOpen);
  REQUIRE(begin != std::string::npos);
  const std::size_t from = begin + std::string(kDataOpen).size();
  const std::size_t end = page.find("</script>", from);
  REQUIRE(end != std::string::npos);
  return page.substr(from, end - from);
}

json Data(const std::string& page) { return json::parse(DataText(page)); }

const json& ById(const json& nodes, const std::string& id) {
  for (const json& n : nodes) {
    if (n["id"] == id) return n;
  }
  FAIL("no node " << id);
  return nodes;
}

std::string Hex(const Rgb& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c[0], c[1], c[2]);
  return buf;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_CASE("HTML view embeds every node and fact with its evidence", "[html_view]") {
  const Graph g = RichGraph();
  const json d = Data(Page(g));
  CHECK(d["format"] == "newsgraph-view");
  CHECK(d["title"] == "Missiles & \"rockets\": <a> report");
  REQUIRE(d["nodes"].size() == g.num_nodes());
  REQUIRE(d["edges"].size() == g.num_edges());
  CHECK(!d.contains("changes"));

  const json& person = ById(d["nodes"], "ana-o-neil");
  CHECK(person["kind"] == "person");
  CHECK(person["label"] == "Ana \"Ani\" O'Neil <\xC3\x91\xC3\xBA\xC3\xB1" "ez> & S\xC3\xB8n");
  CHECK(person["extra"]["note"] == "first line\nsecond\tline\r\nthird");

  const json* supplied = nullptr;
  for (const json& e : d["edges"]) {
    if (e["type"] == "supplied") supplied = &e;
  }
  REQUIRE(supplied != nullptr);
  CHECK((*supplied)["source"] == "PRK");
  CHECK((*supplied)["target"] == "kn-23");
  CHECK((*supplied)["asserted_by"] == "un-panel");
  CHECK((*supplied)["date"] == "2024-01-04");
  CHECK((*supplied)["weight"] == 2);
  CHECK((*supplied)["roles"]["recipient"] == "RUS");
  REQUIRE((*supplied)["evidence"].size() == 2);
  CHECK((*supplied)["evidence"][1]["text"] ==
        "A second report said the \"KN-23\" rockets came by rail.");
  CHECK((*supplied)["evidence"][1]["article"] == "beta.txt");
}

TEST_CASE("HTML view names each article's date, title and source", "[html_view]") {
  Graph g = RichGraph();
  g.AddArticle("alpha.txt", {"2024-01-05", "Missiles by rail", "Example Wire"});
  g.AddArticle("beta.txt", {"", "", ""});
  const json d = Data(Page(g));
  CHECK(d["articles"]["alpha.txt"] ==
        json({{"date", "2024-01-05"}, {"title", "Missiles by rail"}, {"source", "Example Wire"}}));
  CHECK(d["articles"]["beta.txt"] == json::object());
  CHECK(Data(Page(RichGraph()))["articles"] == json::object());
}

TEST_CASE("HTML view carries the ontology's colours, shapes and families", "[html_view]") {
  const Ontology& o = SchemaOntology();
  const json d = Data(Page(RichGraph()));
  REQUIRE(d["node_types"].size() == o.node_types().size());
  for (std::size_t i = 0; i < o.node_types().size(); ++i) {
    const NodeTypeInfo& t = o.node_types()[i];
    CHECK(d["node_types"][i]["name"] == t.name);
    CHECK(d["node_types"][i]["color"] == Hex(t.color));
    CHECK(d["node_types"][i]["shape"] == t.dot_shape);
    REQUIRE(d["node_types"][i]["kinds"].size() == t.kinds.size());
  }
  REQUIRE(d["families"].size() == o.families().size());
  std::size_t relations = 0;
  for (std::size_t i = 0; i < o.families().size(); ++i) {
    const FamilyInfo& f = o.families()[i];
    CHECK(d["families"][i]["color"] == Hex(f.color));
    for (const json& r : d["families"][i]["relations"]) {
      const RelationInfo* info = o.FindRelation(r.get<std::string>());
      REQUIRE(info != nullptr);
      CHECK(info->family == f.name);
      ++relations;
    }
  }
  CHECK(relations == o.relations().size());
}

TEST_CASE("HTML view: no text can end its script elements", "[html_view][escape]") {
  auto [text, js] = GENERATE(values<std::pair<std::string, std::string>>({
      {"</script><script>alert(1)</script>", "var a='</script>';"},
      {"<!-- <script>", "var b='<!--<script>';"},
      {"</SCRIPT >", "var c=\"</ScRiPt\";"},
      {"bad utf-8 \xFF\xFE", "var d=1;"},
  }));
  Graph g = RichGraph();
  NodeData n{"odd", "actor", "organization", text, {text}, "", 1, {}};
  g.AddNode(n);
  const std::string page = Page(g, js);
  // Exactly the two closing tags of the writer, in lower case.
  std::string lower = page;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(Count(lower, "</script") == 2);
  CHECK(Count(page, "<!--") == 0);
  const json d = Data(page);
  const json& node = ById(d["nodes"], "odd");
  if (text.find('\xFF') == std::string::npos) {
    CHECK(node["label"] == text);
  } else {
    CHECK(node["label"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);
  }
}

TEST_CASE("HTML view page: offline by policy, title escaped, bundle inlined", "[html_view]") {
  const std::string page = Page(RichGraph(), "console.log('viewer');");
  CHECK(page.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(page.find("content=\"default-src 'none'; script-src 'unsafe-inline'") != std::string::npos);
  CHECK(page.find("<title>Missiles &amp; &quot;rockets&quot;: &lt;a&gt; report</title>") !=
        std::string::npos);
  CHECK(page.find("<script>\nconsole.log('viewer');\n</script>") != std::string::npos);
  CHECK(page.find("src=") == std::string::npos);
  CHECK(page.find("href=") == std::string::npos);

  HtmlViewOptions options;
  options.title = "My own";
  CHECK(Data(Page(RichGraph(), "", options))["title"] == "My own");
  CHECK(Data(Page(Graph()))["title"] == "newsgraph");
  Graph merged;
  merged.attributes()["title"] = "First story|Second story|Third story";
  CHECK(Data(Page(merged))["title"] == "newsgraph: 3 articles");
  CHECK(Data(Page(Graph()))["nodes"].empty());
}

TEST_CASE("HTML view is deterministic", "[html_view]") {
  CHECK(Page(RichGraph(false)) == Page(RichGraph(true)));
}

TEST_CASE("HTML view of a diff: change colours and change fields", "[html_view][diff]") {
  Graph g = RichGraph();
  g.node(*g.FindNode("PRK")).extra["change"] = "changed";
  g.node(*g.FindNode("PRK")).extra["changes"] = "aliases +DPRK";
  HtmlViewOptions options;
  options.change_colors = {{"added", {44, 160, 44}}, {"removed", {214, 39, 40}},
                           {"changed", {255, 140, 0}}, {"unchanged", {160, 160, 160}}};
  const json d = Data(Page(g, "", options));
  REQUIRE(d["changes"].size() == 4);
  CHECK(d["changes"][0] == json({{"name", "added"}, {"color", "#2ca02c"}}));
  CHECK(d["changes"][3]["color"] == "#a0a0a0");
  const json& prk = ById(d["nodes"], "PRK");
  CHECK(prk["change"] == "changed");
  CHECK(prk["changes"] == "aliases +DPRK");
  CHECK(!prk.contains("extra"));
  // Outside a diff the same attributes are ordinary extras.
  const json plain = Data(Page(g));
  CHECK(ById(plain["nodes"], "PRK")["extra"]["change"] == "changed");
}

TEST_CASE("HTML view: a missing viewer bundle says what to run", "[html_view]") {
  Result<std::string> js = LoadViewerBundle("/nonexistent/newsgraph-view.js");
  REQUIRE(!js.ok());
  CHECK(js.status().code() == Status::Code::kNotFound);
  CHECK(js.status().message().find("/nonexistent/newsgraph-view.js") != std::string::npos);
  CHECK(js.status().message().find("scripts/bootstrap.sh") != std::string::npos);
  CHECK(FindViewerBundle("x.js") == "x.js");
}

TEST_CASE("HTML view: a failed stream is an error", "[html_view]") {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  CHECK(!WriteHtmlView(RichGraph(), SchemaOntology(), "", out).ok());
}

}  // namespace
}  // namespace newsgraph
