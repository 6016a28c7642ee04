// JSON: the graph in graphology's serialization (graph.import(data) reads it
// as it is), which networkx reads with
// node_link_graph(data, name="key", link="edges"):
//
//   {"attributes": {"title": ...},                      graph attributes
//    "options": {"type": "directed", "multi": true, "allowSelfLoops": true},
//    "directed": true, "multigraph": true,              for networkx
//    "nodes": [{"key": "PRK", "attributes": {"label": "North Korea", "type": "country",
//               "mentions": 2, "color": "#1f77b4", "size": 17.07, "dates": [...]}}],
//    "edges": [{"key": "e0", "source": "PRK", "target": "kn-23",
//               "attributes": {"type": "supplied", "label": "supplied", "weight": 2, ...}}]}
//
// Attributes are those of GEXF and CSV (attribute_table): the key set of
// schemas/graphml-keys.json and every other role or extra attribute, typed by
// the key type (int and double as numbers); label, color (hex, from
// schemas/ontology.json or the colour hooks), size and weight are graphology's
// and sigma's display attributes. "dates" lists the ISO dates of the articles
// that state an element, when the articles are dated. One node or edge a line.
#ifndef NEWSGRAPH_NODE_LINK_HPP_
#define NEWSGRAPH_NODE_LINK_HPP_

#include <ostream>

#include "newsgraph/graph.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

// Fails only if the stream fails.
Status WriteNodeLinkJson(const Graph& g, const Ontology& ontology, std::ostream& out,
                         const GraphmlWriteOptions& colors = {});

}  // namespace newsgraph

#endif  // NEWSGRAPH_NODE_LINK_HPP_
