// Comparing two knowledge graphs fact by fact, not word by word.
//
// Node identity is the canonical id; edge identity is (source id, type,
// target id). Attributes that differ are changes of that node or edge. Only
// the attributes that carry facts are compared by default; the ones that move
// with every rewording (evidence, offsets, confidence, weight, mentions) only
// with DiffOptions::evidence.
//
//   newsgraph::GraphDiff d = newsgraph::DiffGraphs(old_graph, new_graph, {});
//   newsgraph::WriteDiffText(d, {}, std::cout);   // "+ PRK supplied kn-23 (recipient RUS)"
//   return d.HasDifferences({}) ? 1 : 0;          // as diff(1)
//
// The core sorts both graphs by identity and walks them side by side:
// O(n log n) in the number of nodes and edges.
#ifndef NEWSGRAPH_DIFF_HPP_
#define NEWSGRAPH_DIFF_HPP_

#include <cstddef>
#include <deque>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/formats.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

enum class Change { kUnchanged, kAdded, kRemoved, kChanged };

// "unchanged", "added", "removed", "changed".
std::string_view ChangeName(Change change);

struct DiffOptions {
  // Also compare evidence text, offsets and article, confidence and weight of
  // edges, and mentions of nodes. Default: false (they change with rewording).
  bool evidence = false;
  // Attribute names never compared ("label", "date", a role, a foreign
  // attribute ...). Default: none.
  std::vector<std::string> ignore;
};

// One attribute of a node or edge that differs between the two graphs.
struct AttributeChange {
  std::string name;       // "asserted_by", "recipient", "aliases", "label" ...
  std::string old_value;  // "" when the old side lacks it; sets are '|'-joined
  std::string new_value;
  bool set_valued = false;  // aliases and '|'-joined fields
  // For set-valued attributes: the values only the new side has, and the
  // values only the old side has. Sorted.
  std::vector<std::string> gained, lost;
};

// A node of either graph. Pointers point into the graphs given to DiffGraphs
// (or into the GraphDiff, for merged duplicates).
struct NodeDiff {
  Change change = Change::kUnchanged;
  const NodeData* old_node = nullptr;  // nullptr when added
  const NodeData* new_node = nullptr;  // nullptr when removed
  std::vector<AttributeChange> changes;  // non-empty exactly when kChanged

  // The new side's data when there is one, else the old side's.
  const NodeData& current() const { return new_node ? *new_node : *old_node; }
  const std::string& id() const { return current().id; }
};

struct EdgeDiff {
  Change change = Change::kUnchanged;
  const NodeData* source = nullptr;  // from the new graph when present there
  const NodeData* target = nullptr;
  const EdgeData* old_edge = nullptr;  // nullptr when added
  const EdgeData* new_edge = nullptr;  // nullptr when removed
  std::vector<AttributeChange> changes;  // non-empty exactly when kChanged

  const EdgeData& current() const { return new_edge ? *new_edge : *old_edge; }
  const std::string& type() const { return current().type; }
};

struct ChangeCounts {
  std::size_t added = 0, removed = 0, changed = 0, unchanged = 0;
  void Count(Change change);
};

// Which kinds of change a report shows ("--only added,removed,changed").
struct ChangeFilter {
  bool added = true, removed = true, changed = true;
  bool unchanged = false;  // only diff graphs can show unchanged elements

  bool Shows(Change change) const;
  // Parses a comma-separated list of added, removed, changed (and unchanged).
  static Result<ChangeFilter> Parse(std::string_view list);
};

// The difference of two graphs. Move-only: it points into itself and into
// the two graphs, which must outlive it unmodified.
class GraphDiff {
 public:
  GraphDiff() = default;
  GraphDiff(GraphDiff&&) = default;
  GraphDiff& operator=(GraphDiff&&) = default;
  GraphDiff(const GraphDiff&) = delete;
  GraphDiff& operator=(const GraphDiff&) = delete;

  // Every node and edge of both graphs, unchanged ones included: nodes by
  // id, edges by (source id, type, target id).
  const std::vector<NodeDiff>& nodes() const { return nodes_; }
  const std::vector<EdgeDiff>& edges() const { return edges_; }

  const ChangeCounts& node_counts() const { return node_counts_; }
  const ChangeCounts& edge_counts() const { return edge_counts_; }
  // Edge counts per relation type, by type name.
  const std::map<std::string, ChangeCounts>& relation_counts() const { return relation_counts_; }

  // Whether an element whose change the filter shows was added, removed or
  // changed: the exit status of `newsgraph diff`.
  bool HasDifferences(const ChangeFilter& filter) const;

  // The options the diff was made with (writers show what was compared).
  const DiffOptions& options() const { return options_; }

 private:
  friend GraphDiff DiffGraphs(const Graph&, const Graph&, const DiffOptions&);
  DiffOptions options_;
  std::vector<NodeDiff> nodes_;
  std::vector<EdgeDiff> edges_;
  ChangeCounts node_counts_, edge_counts_;
  std::map<std::string, ChangeCounts> relation_counts_;
  // Merged copies of elements that occur more than once in one graph
  // (parallel edges of a foreign file). Deques keep their addresses.
  std::deque<NodeData> merged_nodes_;
  std::deque<EdgeData> merged_edges_;
};

// Compares old_graph with new_graph. Parallel edges with the same identity
// (and nodes with the same id) are merged first, as Graph::AddFact merges.
// REQUIRES: both graphs outlive the result and are not modified meanwhile.
GraphDiff DiffGraphs(const Graph& old_graph, const Graph& new_graph, const DiffOptions& options);

// Display data of diff reports and diff graphs, from schemas/diff-style.json.
struct DiffStyle {
  Rgb added{0, 0, 0}, removed{0, 0, 0}, changed{0, 0, 0}, unchanged{0, 0, 0};
  // ANSI SGR codes of text output, e.g. "32" for green.
  std::string ansi_added, ansi_removed, ansi_changed;
  // Foreign attributes never compared: display data written by graph tools.
  std::vector<std::string> display_attributes;

  Rgb ColorOf(Change change) const;

  static Result<DiffStyle> Parse(std::string_view json, std::string_view name);
  // Loads diff-style.json from a schema directory (see FindSchemaDir).
  static Result<DiffStyle> LoadDir(std::string_view schema_dir);
};

struct DiffWriteOptions {
  ChangeFilter only;      // which changes to list
  bool stat = false;      // only the counts, per relation type
  bool color = false;     // ANSI colours (text only)
  std::string old_name;   // names of the two sides, for headers
  std::string new_name;
};

// One fact a line ("+ PRK supplied kn-23 (recipient RUS)", "~ RUS denied USA:
// asserted_by '' -> 'kor'"), node lines ("+ node kn-23 (weapon \"KN-23\")"),
// then a summary line with counts. Fails only if the stream fails.
Status WriteDiffText(const GraphDiff& diff, const DiffStyle& style, const DiffWriteOptions& options,
                     std::ostream& out);

// The report as JSON for scripts; schema: schemas/diff.schema.json.
Status WriteDiffJson(const GraphDiff& diff, const DiffWriteOptions& options, std::ostream& out);

// The union of both graphs: every node and edge carries the extra attributes
// change=added|removed|changed|unchanged and, when changed, changes="..." (a
// readable list), and the graph the attribute legend="added=#2ca02c ...".
// Elements the filter hides are left out, except the endpoints of edges that
// are kept. Colours are set by the writers below, not stored in the graph.
// The result owns copies: it does not point into diff.
Graph BuildDiffGraph(const GraphDiff& diff, const ChangeFilter& filter, const DiffStyle& style);

// The writers' hooks that colour a diff graph (from BuildDiffGraph) by
// change, for every output format: Gephi colours (r/g/b, viz:color) of nodes
// and edges, and in DOT (and drawings) the colours, dashes for removed
// elements, notes and a legend of the four colours. The hooks refer to
// style, which must outlive the result.
GraphWriteOptions DiffGraphWriteOptions(const DiffStyle& style);

// Writes a diff graph (from BuildDiffGraph) as DOT through WriteDot's hooks:
// nodes and edges coloured by change, removed ones dashed, what changed under
// an edge's label and in tooltips, shapes from the ontology, a legend of the
// four colours.
Status WriteDiffDot(const Graph& diff_graph, const Ontology& ontology, const DiffStyle& style,
                    std::ostream& out);

// Writes a diff graph (from BuildDiffGraph) as GraphML, with the change and
// changes attributes and Gephi's r/g/b colours of nodes and edges set by
// change (WriteGraphml's colour hooks).
Status WriteDiffGraphml(const Graph& diff_graph, const Ontology& ontology, const DiffStyle& style,
                        std::ostream& out);

// Whether a file named name with these bytes is a GraphML document rather
// than an article: by extension (.graphml, .xml) or by content (<graphml, or
// <?xml followed by a graphml root).
bool LooksLikeGraphml(std::string_view bytes, std::string_view name);

}  // namespace newsgraph

#endif  // NEWSGRAPH_DIFF_HPP_
