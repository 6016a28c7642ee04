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

#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string_view>

#include "newsgraph/graph.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

// Display hooks of the writer. Default: no hooks, colours from the ontology.
struct GraphmlWriteOptions {
  // A node's Gephi colour (r, g, b) instead of its type's; nullopt keeps the
  // type's. Called once per node.
  std::function<std::optional<Rgb>(const NodeData&)> node_color;
  // An edge's Gephi colour, written as the edge attributes r, g, b (which
  // then override extra attributes of those names); nullopt writes none.
  // Unset: edges carry no colour of their own.
  std::function<std::optional<Rgb>(const EdgeData&)> edge_color;
};

// Writes g as GraphML. Fails only if the stream fails.
Status WriteGraphml(const Graph& g, const Ontology& ontology, std::ostream& out,
                    const GraphmlWriteOptions& options = {});

// Elements nested deeper than this are refused before they are parsed (as
// libxml2 does by default): the XML parser recurses once per level.
constexpr int kMaxGraphmlDepth = 256;

// Parses a GraphML document. source_name is used in error messages
// ("x.graphml:12:5: edge 'e3' names missing node 'n9'"). Keys must come
// before the graph (as the GraphML schema says); nodes and edges in any order.
Result<Graph> ReadGraphml(std::string_view xml, std::string_view source_name,
                          const Ontology& ontology);
// The same, read from in piece by piece: memory holds the graph and one
// element at a time, not the document.
Result<Graph> ReadGraphml(std::istream& in, std::string_view source_name,
                          const Ontology& ontology);

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPHML_HPP_
