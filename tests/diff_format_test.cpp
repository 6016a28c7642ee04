// The diff writers (src/diff/diff_text.cpp, diff_json.cpp, diff_graph.cpp,
// diff_graphml.cpp) on graphs built in memory.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "newsgraph/diff.hpp"
#include "newsgraph/formats.hpp"
#include "newsgraph/graphml.hpp"

using namespace newsgraph;  // NOLINT: test file

namespace {

struct Fixture {
  Graph old_graph, new_graph;
  Ontology ontology = Ontology::LoadDir(NEWSGRAPH_SCHEMA_DIR).value();
  DiffStyle style = DiffStyle::LoadDir(NEWSGRAPH_SCHEMA_DIR).value();

  // A supply, a denial without a speaker and a dropped sanction become a
  // supply, a denial asserted by South Korea and a new weapon node.
  Fixture() {
    for (Graph* g : {&old_graph, &new_graph}) {
      g->AddNode({"PRK", "country", "", "North Korea", {"DPRK"}, "PRK", 2, {}});
      g->AddNode({"RUS", "country", "", "Russia", {"Moscow"}, "RUS", 2, {}});
      g->AddNode({"USA", "country", "", "United States", {}, "USA", 1, {}});
      g->AddNode({"KOR", "country", "", "South Korea", {}, "KOR", 1, {}});
    }
    old_graph.AddNode({"artillery-shell", "weapon", "", "artillery shells", {}, "", 1, {}});
    old_graph.AddNode({"eu", "actor", "organization", "European Union", {"EU"}, "", 1, {}});
    new_graph.AddNode({"kn-23", "weapon", "", "KN-23", {"KN-23"}, "", 1, {}});

    EdgeData shells;
    shells.type = "supplied";
    shells.roles["recipient"] = "RUS";
    old_graph.AddFact("PRK", "artillery-shell", shells);
    EdgeData missiles = shells;
    new_graph.AddFact("PRK", "kn-23", missiles);

    EdgeData denial;
    denial.type = "denied";
    denial.roles["about"] = "arms deal";
    old_graph.AddFact("RUS", "USA", denial);
    denial.asserted_by = "KOR";
    new_graph.AddFact("RUS", "USA", denial);

    EdgeData sanction;
    sanction.type = "sanctioned";
    old_graph.AddFact("eu", "PRK", sanction);
  }

  std::string Text(const DiffWriteOptions& options = {}) {
    GraphDiff d = DiffGraphs(old_graph, new_graph, {});
    std::ostringstream out;
    REQUIRE(WriteDiffText(d, style, options, out).ok());
    return out.str();
  }
};

}  // namespace

TEST_CASE("text report: one line per node or fact, then the counts", "[diff][text]") {
  Fixture f;
  const std::string expected =
      "- node artillery-shell (weapon \"artillery shells\")\n"
      "- node eu (actor organization \"European Union\")\n"
      "+ node kn-23 (weapon \"KN-23\")\n"
      "- PRK supplied artillery-shell (recipient RUS)\n"
      "+ PRK supplied kn-23 (recipient RUS)\n"
      "~ RUS denied USA: asserted_by '' -> 'KOR'\n"
      "- eu sanctioned PRK\n"
      "nodes: 1 added, 2 removed, 0 changed, 4 unchanged; "
      "edges: 1 added, 2 removed, 1 changed, 0 unchanged\n";
  CHECK(f.Text() == expected);
}

TEST_CASE("text report: --only, --stat, colours and headers", "[diff][text]") {
  Fixture f;
  SECTION("only added") {
    DiffWriteOptions o;
    o.only = ChangeFilter::Parse("added").value();
    const std::string text = f.Text(o);
    CHECK(text.find("+ PRK supplied kn-23") != std::string::npos);
    CHECK(text.find("- ") == std::string::npos);
    CHECK(text.find("~ ") == std::string::npos);
  }
  SECTION("stat") {
    DiffWriteOptions o;
    o.stat = true;
    const std::string text = f.Text(o);
    CHECK(text.find("denied") != std::string::npos);
    CHECK(text.find("sanctioned") != std::string::npos);
    CHECK(text.find("(nodes)") != std::string::npos);
    CHECK(text.find("~ ") == std::string::npos);
    CHECK(text.find("+ PRK") == std::string::npos);
  }
  SECTION("colour") {
    DiffWriteOptions o;
    o.color = true;
    const std::string text = f.Text(o);
    CHECK(text.find("\033[32m+ PRK supplied kn-23 (recipient RUS)\033[0m\n") != std::string::npos);
    CHECK(text.find("\033[31m- eu sanctioned PRK\033[0m\n") != std::string::npos);
    CHECK(text.find("\033[33m~ RUS denied USA") != std::string::npos);
    CHECK(f.Text().find('\033') == std::string::npos);
  }
  SECTION("headers") {
    DiffWriteOptions o;
    o.old_name = "v1.txt";
    o.new_name = "v2.txt";
    CHECK(f.Text(o).rfind("--- v1.txt\n+++ v2.txt\n", 0) == 0);
  }
}

TEST_CASE("text report: values with spaces are quoted, aliases as gained and lost", "[diff][text]") {
  Graph a, b;
  a.AddNode({"PRK", "country", "", "North Korea", {"DPRK", "the North"}, "PRK", 1, {}});
  b.AddNode({"PRK", "country", "", "North Korea", {"DPRK", "Pyongyang"}, "PRK", 1, {}});
  a.AddNode({"USA", "country", "", "United States", {}, "USA", 1, {}});
  b.AddNode({"USA", "country", "", "United States", {}, "USA", 1, {}});
  EdgeData e;
  e.type = "condemned";
  b.AddFact("USA", "PRK", e);
  e.roles["about"] = "the missile launch";
  a.AddFact("USA", "PRK", e);
  GraphDiff d = DiffGraphs(a, b, {});
  std::ostringstream out;
  REQUIRE(WriteDiffText(d, DiffStyle::LoadDir(NEWSGRAPH_SCHEMA_DIR).value(), {}, out).ok());
  CHECK(out.str() ==
        "~ node PRK: aliases +'Pyongyang' -'the North'\n"
        "~ USA condemned PRK: about 'the missile launch' -> ''\n"
        "nodes: 0 added, 0 removed, 1 changed, 1 unchanged; "
        "edges: 0 added, 0 removed, 1 changed, 0 unchanged\n");
}

TEST_CASE("JSON report: summary, elements and changes", "[diff][json]") {
  Fixture f;
  GraphDiff d = DiffGraphs(f.old_graph, f.new_graph, {});
  DiffWriteOptions o;
  o.old_name = "old.txt";
  o.new_name = "new.txt";
  std::ostringstream out;
  REQUIRE(WriteDiffJson(d, o, out).ok());
  const nlohmann::json j = nlohmann::json::parse(out.str());
  CHECK(j["old"] == "old.txt");
  CHECK(j["different"] == true);
  CHECK(j["summary"]["edges"]["removed"] == 2);
  CHECK(j["summary"]["relations"]["denied"]["changed"] == 1);
  REQUIRE(j["nodes"].size() == 3);
  CHECK(j["nodes"][2]["id"] == "kn-23");
  CHECK(j["nodes"][2]["change"] == "added");
  CHECK(j["nodes"][2]["attributes"]["type"] == "weapon");
  REQUIRE(j["edges"].size() == 4);
  const nlohmann::json& denial = j["edges"][2];
  CHECK(denial["source"] == "RUS");
  CHECK(denial["type"] == "denied");
  CHECK(denial["change"] == "changed");
  CHECK(denial["attributes"]["about"] == "arms deal");
  REQUIRE(denial["changes"].size() == 1);
  CHECK(denial["changes"][0]["attribute"] == "asserted_by");
  CHECK(denial["changes"][0]["old"] == "");
  CHECK(denial["changes"][0]["new"] == "KOR");
  CHECK(denial["changes"][0]["gained"] == nlohmann::json::array({"KOR"}));

  o.stat = true;
  std::ostringstream stat;
  REQUIRE(WriteDiffJson(d, o, stat).ok());
  const nlohmann::json s = nlohmann::json::parse(stat.str());
  CHECK(s.contains("summary"));
  CHECK_FALSE(s.contains("edges"));

  // No differences: empty lists, different=false.
  GraphDiff same = DiffGraphs(f.old_graph, f.old_graph, {});
  std::ostringstream none;
  REQUIRE(WriteDiffJson(same, {}, none).ok());
  const nlohmann::json n = nlohmann::json::parse(none.str());
  CHECK(n["different"] == false);
  CHECK(n["nodes"].empty());
  CHECK(n["edges"].empty());
}

TEST_CASE("diff graph: union of both graphs, every element marked", "[diff][graph]") {
  Fixture f;
  GraphDiff d = DiffGraphs(f.old_graph, f.new_graph, {});
  ChangeFilter all;
  all.unchanged = true;
  Graph g = BuildDiffGraph(d, all, f.style);
  CHECK(g.num_nodes() == 7);
  CHECK(g.num_edges() == 4);
  CHECK(g.node(*g.FindNode("kn-23")).extra.at("change") == "added");
  CHECK(g.node(*g.FindNode("eu")).extra.at("change") == "removed");
  CHECK(g.node(*g.FindNode("USA")).extra.at("change") == "unchanged");
  for (const auto& e : g.SortedEdges()) {
    const EdgeData& ed = g.edge(e);
    if (ed.type == "denied") {
      CHECK(ed.extra.at("change") == "changed");
      CHECK(ed.extra.at("changes") == "asserted_by '' -> 'KOR'");
      CHECK(ed.extra.count("r") == 0);  // colours are the writers' business
    }
  }

  SECTION("a filter keeps the endpoints of the edges it keeps") {
    Graph only_added = BuildDiffGraph(d, ChangeFilter::Parse("added").value(), f.style);
    CHECK(only_added.num_edges() == 1);
    CHECK(only_added.num_nodes() == 2);  // kn-23 (added) and PRK (unchanged endpoint)
    CHECK(only_added.node(*only_added.FindNode("PRK")).extra.at("change") == "unchanged");
  }
}

TEST_CASE("diff graph as DOT: colours by change and a legend", "[diff][dot]") {
  Fixture f;
  GraphDiff d = DiffGraphs(f.old_graph, f.new_graph, {});
  ChangeFilter all;
  all.unchanged = true;
  std::ostringstream out;
  REQUIRE(WriteDiffDot(BuildDiffGraph(d, all, f.style), f.ontology, f.style, out).ok());
  const std::string dot = out.str();
  auto hex = [](const Rgb& c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c[0], c[1], c[2]);
    return std::string(buf);
  };
  CHECK(dot.find("\ndigraph") == dot.find('\n'));  // after the layout comment
  CHECK(dot.find("\"kn-23\" [label=\"KN-23\", shape=diamond, style=\"filled\", fillcolor=\"" +
                 hex(f.style.added) + "\"") != std::string::npos);
  CHECK(dot.find("\"eu\" -> \"PRK\" [label=\"sanctioned\", color=\"" + hex(f.style.removed) +
                 "\"") != std::string::npos);
  SECTION("removed elements are dashed, changed edges say what changed") {
    CHECK(dot.find("\"eu\" [label=\"European Union\", shape=hexagon, style=\"filled,dashed\"") !=
          std::string::npos);
    CHECK(dot.find("style=\"dashed\", penwidth=1.5, tooltip=\"sanctioned\\nremoved\"") !=
          std::string::npos);
    CHECK(dot.find("[label=\"denied\\nasserted_by '' -> 'KOR'\", color=\"" + hex(f.style.changed)) !=
          std::string::npos);
  }
  SECTION("the legend shows the four change colours, not the ontology's") {
    const std::string legend = dot.substr(dot.find("\"newsgraph legend\""));
    CHECK(legend.find("<B>change</B>") != std::string::npos);
    for (Change c : {Change::kAdded, Change::kRemoved, Change::kChanged, Change::kUnchanged}) {
      CHECK(legend.find("<TD BGCOLOR=\"" + hex(f.style.ColorOf(c)) + "\">") != std::string::npos);
      CHECK(legend.find(">" + std::string(ChangeName(c)) + "</TD>") != std::string::npos);
    }
    CHECK(legend.find("country") == std::string::npos);
  }
}

TEST_CASE("diff graph as GraphML: change attributes and Gephi colours by change", "[diff][graphml]") {
  Fixture f;
  GraphDiff d = DiffGraphs(f.old_graph, f.new_graph, {});
  ChangeFilter all;
  all.unchanged = true;
  std::ostringstream out;
  Status s = WriteDiffGraphml(BuildDiffGraph(d, all, f.style), f.ontology, f.style, out);
  REQUIRE(s.ok());
  const std::string xml = out.str();
  CHECK(xml.find("attr.name=\"change\"") != std::string::npos);
  // The node block of kn-23 carries the added colour, not the weapon colour.
  const std::size_t at = xml.find("<data key=\"n_label\">KN-23</data>");
  REQUIRE(at != std::string::npos);
  const std::size_t begin = xml.rfind("<node ", at);
  const std::string block = xml.substr(begin, xml.find("</node>", at) - begin);
  CHECK(block.find("<data key=\"n_r\">" + std::to_string(f.style.added[0]) + "</data>") !=
        std::string::npos);
  CHECK(block.find("<data key=\"n_g\">" + std::to_string(f.style.added[1]) + "</data>") !=
        std::string::npos);
  CHECK(block.find(">added</data>") != std::string::npos);
  // Edges carry Gephi's r, g, b of their change too.
  const std::size_t denied = xml.find(">denied</data>");
  REQUIRE(denied != std::string::npos);
  const std::string edge = xml.substr(denied, xml.find("</edge>", denied) - denied);
  CHECK(edge.find("<data key=\"e_x_r\">" + std::to_string(f.style.changed[0]) + "</data>") !=
        std::string::npos);
  CHECK(edge.find("<data key=\"e_x_b\">" + std::to_string(f.style.changed[2]) + "</data>") !=
        std::string::npos);
}

TEST_CASE("diff graph in every format: the change colours through the writers' hooks",
          "[diff][formats]") {
  Fixture f;
  GraphDiff d = DiffGraphs(f.old_graph, f.new_graph, {});
  ChangeFilter all;
  all.unchanged = true;
  const Graph g = BuildDiffGraph(d, all, f.style);
  const GraphWriteOptions options = DiffGraphWriteOptions(f.style);
  auto written = [&](const char* format) {
    std::ostringstream out;
    REQUIRE(WriteGraph(g, f.ontology, *FindGraphFormat(format), out, options).ok());
    return out.str();
  };
  auto rgb = [](const Rgb& c) {
    return "r=\"" + std::to_string(c[0]) + "\" g=\"" + std::to_string(c[1]) + "\" b=\"" +
           std::to_string(c[2]) + "\"";
  };
  auto hex = [](const Rgb& c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c[0], c[1], c[2]);
    return std::string(buf);
  };
  const std::string gexf = written("gexf");
  const std::size_t kn23 = gexf.find("<node id=\"kn-23\"");
  REQUIRE(kn23 != std::string::npos);
  const std::string node = gexf.substr(kn23, gexf.find("</node>", kn23) - kn23);
  CHECK(node.find("<viz:color " + rgb(f.style.added) + "/>") != std::string::npos);
  CHECK(node.find("<attvalue for=\"change\" value=\"added\"/>") != std::string::npos);
  CHECK(gexf.find("<viz:color " + rgb(f.style.removed) + "/>") != std::string::npos);
  CHECK(gexf.find("<viz:color " + rgb(f.style.changed) + "/>") != std::string::npos);

  const nlohmann::json json = nlohmann::json::parse(written("json"));
  for (const auto& n : json["nodes"]) {
    if (n["key"] == "kn-23") CHECK(n["attributes"]["color"] == hex(f.style.added));
  }
  for (const auto& e : json["edges"]) {
    if (e["attributes"]["type"] == "denied") {
      CHECK(e["attributes"]["color"] == hex(f.style.changed));
      CHECK(e["attributes"]["change"] == "changed");
    }
  }
  const std::string csv = written("csv");  // nodes.csv then edges.csv
  CHECK(csv.find("kn-23,KN-23,weapon") != std::string::npos);
  CHECK(csv.find(hex(f.style.removed)) != std::string::npos);
}
