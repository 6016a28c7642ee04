// The ontology and display data, loaded from schemas/ at start: node types
// and their colours, relation types with their allowed endpoints, families and
// role attributes, and the GraphML key set. Nothing here is hard-coded in C++.
#ifndef NEWSGRAPH_ONTOLOGY_HPP_
#define NEWSGRAPH_ONTOLOGY_HPP_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.hpp"

namespace newsgraph {

using Rgb = std::array<int, 3>;

struct NodeKindInfo {
  std::string name;  // person, organization
  Rgb color{0, 0, 0};
  std::string dot_shape;
};

struct NodeTypeInfo {
  std::string name;
  std::string description;
  Rgb color{0, 0, 0};
  std::string dot_shape;
  std::string dot_style;
  std::vector<NodeKindInfo> kinds;
};

struct FamilyInfo {
  std::string name;
  std::string description;
  Rgb color{0, 0, 0};
  std::string dot_style;
  double penwidth = 1.0;
};

struct RelationInfo {
  std::string name;
  std::string family;
  std::vector<std::string> sources;  // allowed source node types
  std::vector<std::string> targets;  // allowed target node types
  std::vector<std::string> roles;    // role attributes it carries
};

// One GraphML attribute: <key id=".." for=".." attr.name=".." attr.type="..">.
struct KeyInfo {
  std::string id;
  std::string name;
  std::string type;  // string, int, double, boolean
  std::string description;
};

class Ontology {
 public:
  // Loads ontology.json and graphml-keys.json from a schema directory.
  static Result<Ontology> LoadDir(std::string_view schema_dir);
  // Parses the two documents; names are used in error messages.
  static Result<Ontology> Parse(std::string_view ontology_json, std::string_view ontology_name,
                                std::string_view keys_json, std::string_view keys_name);

  const std::vector<NodeTypeInfo>& node_types() const { return node_types_; }
  const std::vector<FamilyInfo>& families() const { return families_; }
  const std::vector<RelationInfo>& relations() const { return relations_; }
  const std::vector<KeyInfo>& graph_keys() const { return graph_keys_; }
  const std::vector<KeyInfo>& node_keys() const { return node_keys_; }
  const std::vector<KeyInfo>& edge_keys() const { return edge_keys_; }

  // nullptr when unknown.
  const NodeTypeInfo* FindNodeType(std::string_view name) const;
  const RelationInfo* FindRelation(std::string_view name) const;
  const FamilyInfo* FindFamily(std::string_view name) const;
  // Colour of a node of this type and kind (kind may be empty); grey if unknown.
  Rgb NodeColor(std::string_view type, std::string_view kind) const;
  // Every role attribute name of every relation, sorted and unique.
  std::vector<std::string> AllRoles() const;

 private:
  std::vector<NodeTypeInfo> node_types_;
  std::vector<FamilyInfo> families_;
  std::vector<RelationInfo> relations_;
  std::vector<KeyInfo> graph_keys_, node_keys_, edge_keys_;
};

// The schema directory to use: `requested` when not empty, else
// $NEWSGRAPH_SCHEMAS, else the first of the source tree's schemas/ and the
// installed share/newsgraph/schemas that holds ontology.json.
std::string FindSchemaDir(std::string_view requested = {});

}  // namespace newsgraph

#endif  // NEWSGRAPH_ONTOLOGY_HPP_
