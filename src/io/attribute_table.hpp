// The attributes of nodes and edges as named columns, for the writers of the
// formats that declare their attributes once (GEXF, JSON node-link, CSV): the
// key set of schemas/graphml-keys.json, then one column per role or extra
// attribute the graph holds that the key set lacks. The display fields
// (label, r, g, b, size; edge label and weight) are no columns: every format
// writes them in its own native way (GEXF label and viz:, JSON and CSV
// label/color/size/weight).
#ifndef NEWSGRAPH_IO_ATTRIBUTE_TABLE_HPP_
#define NEWSGRAPH_IO_ATTRIBUTE_TABLE_HPP_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/graph.hpp"
#include "newsgraph/graphml.hpp"
#include "newsgraph/ontology.hpp"

namespace newsgraph::io {

struct AttributeColumn {
  std::string name;  // as written: "type", "recipient", "change", "extra.label"
  std::string type;  // the key type: string, int, double or boolean
  int field = 0;     // io::NodeField / io::EdgeField
  // For kOther: the name in NodeData::extra, or in EdgeData::roles (or, when
  // extra is set, EdgeData::extra).
  std::string source;
  bool extra = false;
};

struct AttributeTable {
  std::vector<AttributeColumn> node, edge;
};

// The columns of g: key-file order, then the other names sorted. A name that
// clashes with one of ours or with a format's own field (nodes: id, label,
// color, size, dates ...; edges: id, label, weight, source, target, kind ...)
// is written as "extra." + name.
AttributeTable PlanAttributes(const Graph& g, const Ontology& ontology);

// The value of column c for a node or an edge, as the GraphML writer writes
// it ('|'-joined aliases, evidence one sentence a line ...); "" when none.
std::string NodeValue(const AttributeColumn& c, const NodeData& n);
std::string EdgeValue(const AttributeColumn& c, const EdgeData& e);

// When the facts of g happened: the ISO dates (IsoDate of the article
// dates, Graph::articles()) of the articles whose evidence states each edge,
// and for each node those of its edges. Empty sets everywhere when no
// article is dated.
struct TimeTable {
  std::vector<std::set<std::string>> node;            // by vertex
  std::map<Graph::Edge, std::set<std::string>> edge;  // only edges with dates
  std::string first, last;                            // "" when nothing is dated

  bool dynamic() const { return !first.empty(); }
  const std::set<std::string>& EdgeDates(const Graph::Edge& e) const;
};
TimeTable PlanTime(const Graph& g);

// A node's display size, from its mentions (Gephi's size).
double NodeSize(const NodeData& n);
// Display colours: the hook's when it gives one, else the node type's (and
// kind's) or the edge's relation family's from the ontology, grey if unknown.
Rgb NodeColor(const NodeData& n, const Ontology& ontology, const GraphmlWriteOptions& colors);
Rgb EdgeColor(const EdgeData& e, const Ontology& ontology, const GraphmlWriteOptions& colors);
// "#1f77b4".
std::string HexColor(const Rgb& c);

// Each evidence sentence on its own line (a line break inside one becomes a
// space), their offsets "begin-end;..." and their articles "a.txt;b.txt".
void AppendEvidenceText(const EdgeData& e, std::string* out);
void AppendEvidenceOffsets(const EdgeData& e, std::string* out);
void AppendEvidenceArticles(const EdgeData& e, std::string* out);

// The shortest text that reads back as v (NaN, INF, -INF for the special values).
void AppendDouble(double v, std::string* out);

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_ATTRIBUTE_TABLE_HPP_
