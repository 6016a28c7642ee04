#include "newsgraph/ontology.hpp"

#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

using newsgraph::Ontology;

TEST_CASE("ontology: the shipped schemas load and describe the guidelines' ontology") {
  auto o = Ontology::LoadDir(NEWSGRAPH_SCHEMA_DIR);
  REQUIRE(o.ok());
  for (const char* type : {"country", "actor", "weapon", "resolution", "location"}) {
    INFO(type);
    CHECK(o->FindNodeType(type) != nullptr);
  }
  for (const char* rel : {"supplied", "acquired", "used", "used-in", "attacked", "condemned", "accused",
                          "denied", "violated", "urged", "represents", "member-of", "sanctioned"}) {
    INFO(rel);
    const auto* r = o->FindRelation(rel);
    REQUIRE(r != nullptr);
    CHECK(o->FindFamily(r->family) != nullptr);
  }
  CHECK(o->FindRelation("supplied")->roles == std::vector<std::string>{"recipient"});
  auto roles = o->AllRoles();
  for (const char* role : {"recipient", "supplier", "location", "user", "weapon", "about", "role"}) {
    CHECK(std::find(roles.begin(), roles.end(), role) != roles.end());
  }
  // Every key is for node, edge or graph, with a unique id.
  CHECK(o->node_keys().size() >= 10);
  CHECK(o->edge_keys().size() >= 16);
  CHECK(o->NodeColor("nonexistent", "") == newsgraph::Rgb{128, 128, 128});
  CHECK(o->NodeColor("actor", "person") != o->NodeColor("actor", "organization"));
}

TEST_CASE("ontology: errors name the document and the offending value") {
  const std::string keys = R"({"graph": [], "node": [], "edge": []})";
  struct Row {
    const char* ontology;
    const char* expected;
  };
  const Row rows[] = {
      {"{not json", "onto.json"},
      {R"({"node_types": [], "families": [], "relations": [{"name": "x", "family": "nope"}]})",
       "unknown family 'nope'"},
      {R"({"node_types": [], "families": [{"name": "f"}], "relations": [{"name": "x", "family": "f", "sources": ["ghost"]}]})",
       "unknown node type 'ghost'"},
      {R"({"node_types": [{"name": "t", "color": [1, 2]}], "families": [], "relations": []})",
       "colour must be [r, g, b]"},
      {R"({"node_types": [{"name": "t", "color": [1, 2, 300]}], "families": [], "relations": []})",
       "out of 0..255"},
  };
  for (const Row& r : rows) {
    INFO(r.ontology);
    auto o = Ontology::Parse(r.ontology, "onto.json", keys, "keys.json");
    REQUIRE_FALSE(o.ok());
    CHECK(o.status().message().find(r.expected) != std::string::npos);
  }
  auto dup = Ontology::Parse(R"({"node_types": [], "families": [], "relations": []})", "onto.json",
                             R"({"graph": [], "node": [{"id": "k"}], "edge": [{"id": "k"}]})", "keys.json");
  REQUIRE_FALSE(dup.ok());
  CHECK(dup.status().message().find("keys.json") != std::string::npos);
}
