// CSV: two tables in the columns of Gephi's spreadsheet import (Data
// Laboratory > Import Spreadsheet) that pandas.read_csv reads as they are.
//
//   nodes.csv: Id,Label,type,kind,aliases,iso3,mentions,...,color,size,dates
//   edges.csv: Source,Target,Type,Kind,Id,Label,Weight,evidence,...,color,dates
//
// Type is "Directed" (Gephi's edge direction, a column Gephi recognises in
// any case), so the relation type is the Kind (Gephi's kind of parallel
// edges, GEXF's kind). Other columns: the key set of schemas/graphml-keys.json
// and every other role or extra attribute (as in GEXF and JSON), color in hex
// and size from schemas/ontology.json, dates the '|'-joined ISO dates of the
// articles stating the element. RFC 4180 quoting: a field with a comma, a
// quote or a line break (evidence holds one sentence a line) is quoted.
#ifndef NEWSGRAPH_CSV_HPP_
#define NEWSGRAPH_CSV_HPP_

#include <ostream>

#include "newsgraph/graph.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/ontology.hpp"
#include "newsgraph/status.hpp"

namespace newsgraph {

// Each fails only if the stream fails.
Status WriteCsvNodes(const Graph& g, const Ontology& ontology, std::ostream& out,
                     const GraphmlWriteOptions& colors = {});
Status WriteCsvEdges(const Graph& g, const Ontology& ontology, std::ostream& out,
                     const GraphmlWriteOptions& colors = {});

}  // namespace newsgraph

#endif  // NEWSGRAPH_CSV_HPP_
