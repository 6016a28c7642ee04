// GraphML reading and writing.
//
// The writer emits standard GraphML (namespace
// http://graphml.graphdrawing.org/xmlns, edgedefault="directed") with one
// <key> per attribute of schemas/graphml-keys.json, nodes and edges in the
// graph's stable order, and Gephi's display attributes (label, r, g, b, size,
// weight). The reader (RapidXML) reads our own output back with nothing lost
// and GraphML written by other tools; unsupported features are refused by name.
#ifndef NEWSGRAPH_GRAPHML_HPP_
#define NEWSGRAPH_GRAPHML_HPP_

#include <ostream>
#include <string_view>

#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

// Writes g as GraphML. Fails only if the stream fails.
Status WriteGraphml(const Graph& g, const Ontology& ontology, std::ostream& out);

// Parses a GraphML document. source_name is used in error messages
// ("x.graphml:12:5: edge 'e3' names missing node 'n9'").
Result<Graph> ReadGraphml(std::string_view xml, std::string_view source_name,
                          const Ontology& ontology);

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPHML_HPP_
