// Drawings: a graph rendered as SVG or PNG through Graphviz's library
// (gvc/cgraph, Debian libgraphviz-dev), from the DOT that WriteDot writes and
// with the layout it names (dot, or sfdp for large graphs).
#ifndef NEWSGRAPH_RENDER_HPP_
#define NEWSGRAPH_RENDER_HPP_

#include <ostream>
#include <string_view>

#include "newsgraph/dot.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

// Renders g in a Graphviz output format ("svg", "png"). Graphviz's messages
// are kept, not printed: an error names the engine and quotes them.
// Thread-safe (Graphviz is not: calls are serialized).
Status RenderGraph(const Graph& g, const Ontology& ontology, std::string_view format,
                   std::ostream& out, const DotOptions& options = {});

}  // namespace newsgraph

#endif  // NEWSGRAPH_RENDER_HPP_
