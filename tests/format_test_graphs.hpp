// Small graphs shared by the tests of the GEXF, JSON and CSV writers and
// their attribute table: two dated articles and one undated, a role, extra
// attributes (one clashing with a field name) and text that needs escaping.
#ifndef NEWSGRAPH_TESTS_FORMAT_TEST_GRAPHS_HPP_
#define NEWSGRAPH_TESTS_FORMAT_TEST_GRAPHS_HPP_

#include <catch2/catch.hpp>

#include "graphml_test_graphs.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"

namespace newsgraph::testing {

inline const Ontology& ShippedOntology() { return SchemaOntology(); }

inline EdgeData FactIn(std::string type, std::vector<std::string> articles) {
  EdgeData e;
  e.type = std::move(type);
  std::size_t at = 0;
  for (std::string& a : articles) {
    e.evidence.push_back({"He said \"no\", & <left>,\nthen came back.", std::move(a), at, at + 40});
    at += 50;
  }
  e.weight = static_cast<int>(e.evidence.size());
  return e;
}

// PRK -supplied-> kn-23 (stated on 2024-03-05 and 2024-04-01), RUS
// -acquired-> kn-23 (undated article), PRK -represents- nobody.
inline Graph DatedGraph() {
  Graph g;
  NodeData prk{"PRK", "country", "", "North \"Korea\"", {"DPRK", "North Korea"}, "PRK", 4, {}};
  prk.extra["label"] = "clash";  // a foreign attribute named like a field
  prk.extra["wikidata"] = "Q423";
  g.AddNode(prk);
  g.AddNode({"RUS", "country", "", "Russia", {}, "RUS", 1, {}});
  g.AddNode({"kn-23", "weapon", "", "KN-23", {}, "", 2, {}});
  g.AddNode({"kim", "actor", "person", "Kim", {}, "", 1, {}});
  EdgeData supplied = FactIn("supplied", {"a.html", "b.html"});
  supplied.roles["recipient"] = "RUS";
  supplied.extra["note"] = "x,y";
  g.AddFact("PRK", "kn-23", supplied);
  g.AddFact("RUS", "kn-23", FactIn("acquired", {"c.txt"}));
  g.AddArticle("a.html", {"2024-03-05T10:00:00Z", "First", "Agency"});
  g.AddArticle("b.html", {"2024-04-01", "Second", ""});
  g.AddArticle("c.txt", {"", "Third", ""});
  g.attributes()["title"] = "A & B";
  return g;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_FORMAT_TEST_GRAPHS_HPP_
