// Graphviz DOT writer: node shape and colour per type, edge style per
// relation family (both from schemas/ontology.json), edge labels, a legend.
#ifndef NEWSGRAPH_DOT_HPP_
#define NEWSGRAPH_DOT_HPP_

#include <ostream>

#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

struct DotOptions {
  bool legend = true;  // draw a legend cluster of node types and relation families
};

// Writes g as a DOT digraph that dot, sfdp and neato render without warnings.
Status WriteDot(const Graph& g, const Ontology& ontology, std::ostream& out,
                const DotOptions& options = {});

}  // namespace newsgraph

#endif  // NEWSGRAPH_DOT_HPP_
