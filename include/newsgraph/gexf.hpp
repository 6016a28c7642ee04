// GEXF 1.3, Gephi's own format (https://gexf.net): nodes and edges with our
// attributes declared (<attributes class="node|edge">, from the key set of
// schemas/graphml-keys.json plus the graph's other attributes), label,
// viz:color and viz:size from schemas/ontology.json, edge weight, label and
// kind (the relation type, so that Gephi keeps parallel facts apart).
//
// Time: when the articles of the graph have dates (Graph::articles(), an ISO
// date at the start of ArticleInfo::date), the graph is mode="dynamic" with
// timeformat="date": each edge gets one spell per date of the articles whose
// evidence states it, each node the spells of its edges, so Gephi's timeline
// replays the story. Elements no dated article states have no spell (Gephi
// shows them throughout).
#ifndef NEWSGRAPH_GEXF_HPP_
#define NEWSGRAPH_GEXF_HPP_

#include <ostream>
#include <string>
#include <string_view>

#include "newsgraph/graph.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

// Writes g as GEXF 1.3. The hooks of colors recolour nodes and edges (edges
// default to their relation family's colour). Fails only if the stream fails.
Status WriteGexf(const Graph& g, const Ontology& ontology, std::ostream& out,
                 const GraphmlWriteOptions& colors = {});

// The calendar date YYYY-MM-DD an article date starts with ("2024-03-05",
// "2024-03-05T10:00:00Z"); "" when it does not start with one.
std::string IsoDate(std::string_view date);

}  // namespace newsgraph

#endif  // NEWSGRAPH_GEXF_HPP_
