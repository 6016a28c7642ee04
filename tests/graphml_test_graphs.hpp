// Graphs shared by the GraphML and DOT tests: small, hand-written, and
// touching every field the writers know (evidence, roles, aliases, extras,
// unicode, quotes, newlines, control characters).
#ifndef NEWSGRAPH_TESTS_GRAPHML_TEST_GRAPHS_HPP_
#define NEWSGRAPH_TESTS_GRAPHML_TEST_GRAPHS_HPP_

#include <sstream>

#include <catch2/catch.hpp>
#include <string>

#include "newsgraph/graph.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/ontology.hpp"

namespace newsgraph::testing {

inline const Ontology& SchemaOntology() {
  static const Ontology ontology = [] {
    Result<Ontology> o = Ontology::LoadDir(NEWSGRAPH_SCHEMA_DIR);
    if (!o.ok()) throw std::runtime_error(o.status().ToString());
    return std::move(o).value();
  }();
  return ontology;
}

// g as GraphML text; the writer must succeed.
inline std::string GraphmlText(const Graph& g) {
  std::ostringstream out;
  Status s = WriteGraphml(g, SchemaOntology(), out);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return out.str();
}

inline EdgeData Fact(std::string type, std::string text, std::string article, std::size_t begin) {
  EdgeData e;
  e.type = std::move(type);
  e.evidence.push_back({std::move(text), std::move(article), begin, begin + 40});
  return e;
}

// A graph with every feature. When reversed, nodes and facts are added in the
// opposite order (the written output must not change).
inline Graph RichGraph(bool reversed = false) {
  std::vector<NodeData> nodes = {
      {"PRK", "country", "", "North Korea", {"DPRK", "Pyongyang"}, "PRK", 4, {}},
      {"RUS", "country", "", "Russia", {"Moscow"}, "RUS", 2, {}},
      {"UKR", "country", "", "Ukraine", {}, "UKR", 1, {}},
      {"kn-23", "weapon", "", "KN-23", {"ballistic missiles"}, "", 3, {}},
      {"ana-o-neil", "actor", "person", "Ana \"Ani\" O'Neil <Ñúñez> & Søn", {"O'Neil"}, "", 2,
       {{"note", "first line\nsecond\tline\r\nthird"}}},
      {"un-panel", "actor", "organization", "U.N. panel of experts", {}, "", 1,
       {{"weight", "heavy"}, {"source id", "x:1"}}},
  };
  struct F {
    const char* s;
    const char* t;
    EdgeData e;
  };
  std::vector<F> facts;
  {
    EdgeData e = Fact("supplied", "Pyongyang shipped missiles to Moscow, the panel said.",
                      "alpha.txt", 120);
    e.evidence.push_back({"A second report said the \"KN-23\" rockets came by rail.", "beta.txt",
                          10, 62});
    e.roles["recipient"] = "RUS";
    e.asserted_by = "un-panel";
    e.date = "2024-01-04";
    e.confidence = 0.75;
    e.weight = 2;
    facts.push_back({"PRK", "kn-23", e});
  }
  {
    EdgeData e = Fact("acquired", "Moscow received the missiles & used them.", "alpha.txt", 300);
    e.roles["supplier"] = "PRK";
    facts.push_back({"RUS", "kn-23", e});
  }
  {
    EdgeData e = Fact("used-in", "The missiles struck Kharkiv \xE2\x80\x94 officials said.",
                      "alpha.txt", 500);
    e.roles["user"] = "RUS";
    e.extra["bell\x07" "char"] = "ding\x01" "dong";
    facts.push_back({"kn-23", "UKR", e});
  }
  {
    EdgeData e = Fact("condemned", "O'Neil condemned <the> transfers.", "beta.txt", 700);
    e.roles["about"] = "arms transfers";
    e.extra["tone"] = "sharp";
    e.extra["weight"] = "0.5";
    e.roles["witness"] = "nobody";  // a role the key file does not know
    facts.push_back({"ana-o-neil", "PRK", e});
  }
  {
    EdgeData e = Fact("represents", "O'Neil, who speaks for the panel.", "beta.txt", 800);
    e.roles["role"] = "spokesperson";
    facts.push_back({"ana-o-neil", "un-panel", e});
  }
  Graph g;
  if (reversed) {
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) g.AddNode(*it);
    for (auto it = facts.rbegin(); it != facts.rend(); ++it) g.AddFact(it->s, it->t, it->e);
  } else {
    for (auto& n : nodes) g.AddNode(n);
    for (auto& f : facts) g.AddFact(f.s, f.t, f.e);
  }
  g.attributes()["title"] = "Missiles & \"rockets\": <a> report";
  g.attributes()["articles"] = "alpha.txt|beta.txt";
  g.attributes()["collection"] = "tests";
  return g;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_GRAPHML_TEST_GRAPHS_HPP_
