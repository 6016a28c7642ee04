// Graphviz DOT writer: node shape and colour per type, edge style per
// relation family (both from schemas/ontology.json), edge labels, a legend.
// Hooks in DotOptions let a caller recolour and annotate elements (the diff
// graph colours them by change) without a writer of its own.
#ifndef NEWSGRAPH_DOT_HPP_
#define NEWSGRAPH_DOT_HPP_

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

// How a hook changes one node or edge; the default changes nothing.
struct DotDecoration {
  std::optional<Rgb> color;  // node fill / edge colour instead of the ontology's
  bool dashed = false;       // node: dashed outline added; edge: drawn dashed
  std::string label_note;    // a line added under the label
  std::string tooltip_note;  // a line added to the tooltip
};

// One extra row of the legend: a swatch of color and its meaning.
struct DotLegendEntry {
  std::string label;
  Rgb color{0, 0, 0};
};

struct DotOptions {
  bool legend = true;  // draw a legend of node types and relation families
  // Whether the legend lists the node types and relation families present
  // (off when hooks recolour everything, as their colours would mislead).
  bool legend_ontology = true;
  std::string legend_title = "Legend";
  // Rows after the ontology's, in this order (e.g. the colours of changes).
  std::vector<DotLegendEntry> legend_entries;
  // Per-element hooks; unset = the ontology's display only.
  std::function<DotDecoration(const NodeData&)> node_decoration;
  std::function<DotDecoration(const EdgeData&)> edge_decoration;
  // Graphs with at least this many nodes or edges are laid out with sfdp
  // (dot's layered layout grows slow and unreadable on large, densely
  // labelled graphs). The DOT file
  // names its layout in a comment, and for sfdp as its layout attribute.
  std::size_t sfdp_from_nodes = 300;
  std::size_t sfdp_from_edges = 400;
};

// The Graphviz layout engine that suits g: "dot" (layered, for small
// graphs) or "sfdp" (force-directed, for large ones), by the sizes above.
std::string SuitableLayout(const Graph& g, const DotOptions& options = {});

// Writes g as a DOT digraph that dot, sfdp and neato render without warnings.
// The graph attribute "title", when set, labels the drawing (a merged graph's
// "|"-joined titles: the first three, one a line, and how many more). A comment names
// the layout that suits the graph; a large graph also sets layout=sfdp, so
// that `dot -Tsvg` lays it out with sfdp too.
Status WriteDot(const Graph& g, const Ontology& ontology, std::ostream& out,
                const DotOptions& options = {});

}  // namespace newsgraph

#endif  // NEWSGRAPH_DOT_HPP_
