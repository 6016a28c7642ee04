// Views: a graph folded before it is written (--view NAME), whatever the
// output format. The views are data, schemas/views.json; "countries" folds
// persons into the country they represent and a supply (supplied +
// acquired) into one supplier -> recipient edge carrying the weapons:
//
//   PRK -supplied-> kn-23 (recipient RUS)      PRK -arms-transfer-> RUS
//   RUS -acquired-> kn-23 (supplier PRK)   =>      (weapon kn-23)
//   lavrov -represents-> RUS; lavrov -denied-> USA      RUS -denied-> USA
//
//   Result<Views> views = Views::LoadDir(FindSchemaDir());
//   Result<Graph> folded = views->Apply("countries", graph);
#ifndef NEWSGRAPH_VIEWS_HPP_
#define NEWSGRAPH_VIEWS_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/graph.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

// One view of views.json.
struct ViewInfo {
  std::string name;
  std::string description;
  // Folding: an actor of node_type (and, when kinds is not empty, of one of
  // those kinds) with a `relation` edge to exactly one node of into_types
  // becomes that node: its edges, roles and asserted_by name the node instead.
  std::string fold_relation;
  std::string fold_node_type;
  std::vector<std::string> fold_kinds;
  std::vector<std::string> fold_into_types;
  // Flows: an edge of `relation` whose party_role names a node becomes an
  // edge of flow_relation from its source to the party ("to_party") or from
  // the party to its source ("from_party"); its target is listed in the
  // flow_role role. Objects no edge is left on are dropped.
  struct Flow {
    std::string relation;
    std::string party_role;
    bool to_party = true;
  };
  std::vector<Flow> flows;
  std::string flow_relation;
  std::string flow_role;
};

class Views {
 public:
  static Result<Views> Parse(std::string_view json, std::string_view name);
  // Reads views.json from a schema directory (see FindSchemaDir).
  static Result<Views> LoadDir(std::string_view schema_dir);

  const std::vector<ViewInfo>& views() const { return views_; }
  // nullptr when unknown.
  const ViewInfo* Find(std::string_view name) const;
  // "countries" (the names, ", "-joined).
  std::string Names() const;

  // g folded by the view named name; a usage error naming the views when
  // there is none of that name. The result carries g's graph attributes
  // (plus view=NAME) and articles.
  Result<Graph> Apply(std::string_view name, const Graph& g) const;

 private:
  std::vector<ViewInfo> views_;
};

// g folded by view (see ViewInfo).
Graph ApplyView(const ViewInfo& view, const Graph& g);

}  // namespace newsgraph

#endif  // NEWSGRAPH_VIEWS_HPP_
