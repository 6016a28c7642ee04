// CSV writer: nodes.csv and edges.csv in Gephi's spreadsheet columns.
#include <string>
#include <vector>

#include "io/attribute_table.hpp"
#include "io/graphml_fields.hpp"
#include "newsgraph/csv.hpp"

namespace newsgraph {
namespace {

// Appends one RFC 4180 field: quoted when it holds a comma, a quote, a line
// break or leading/trailing space; quotes doubled.
void AppendField(std::string_view value, std::string* out) {
  const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!value.empty() && (value.front() == ' ' || value.back() == ' '));
  if (!quote) return out->append(value), void();
  *out += '"';
  for (char c : value) {
    if (c == '"') *out += '"';
    *out += c;
  }
  *out += '"';
}

void AppendRow(const std::vector<std::string>& fields, std::string* out) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) *out += ',';
    AppendField(fields[i], out);
  }
  *out += "\r\n";
}

std::string Joined(const std::set<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : "|") + v;
  return out;
}

Status Finish(const std::string& text, std::ostream& out) {
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) return Status::IOError("CSV output: write failed");
  return Status::Ok();
}

}  // namespace

Status WriteCsvNodes(const Graph& g, const Ontology& ontology, std::ostream& out,
                     const GraphmlWriteOptions& colors) {
  const io::AttributeTable table = io::PlanAttributes(g, ontology);
  const io::TimeTable time = io::PlanTime(g);
  std::vector<std::string> row = {"Id", "Label"};
  for (const io::AttributeColumn& c : table.node) row.push_back(c.name);
  row.insert(row.end(), {"color", "size", "dates"});
  std::string text;
  AppendRow(row, &text);
  for (Graph::Vertex v : g.SortedNodes()) {
    const NodeData& n = g.node(v);
    row = {n.id, n.label};
    for (const io::AttributeColumn& c : table.node) row.push_back(io::NodeValue(c, n));
    std::string size;
    io::AppendDouble(io::NodeSize(n), &size);
    row.insert(row.end(),
               {io::HexColor(io::NodeColor(n, ontology, colors)), size, Joined(time.node[v])});
    AppendRow(row, &text);
  }
  return Finish(text, out);
}

Status WriteCsvEdges(const Graph& g, const Ontology& ontology, std::ostream& out,
                     const GraphmlWriteOptions& colors) {
  const io::AttributeTable table = io::PlanAttributes(g, ontology);
  const io::TimeTable time = io::PlanTime(g);
  // Gephi reads a column named type (in any case) as the edge direction, and
  // kind as the kind of parallel edges: our relation type is the Kind.
  std::vector<const io::AttributeColumn*> columns;
  for (const io::AttributeColumn& c : table.edge) {
    if (c.field != static_cast<int>(io::EdgeField::kType)) columns.push_back(&c);
  }
  std::vector<std::string> row = {"Source", "Target", "Type", "Kind", "Id", "Label", "Weight"};
  for (const io::AttributeColumn* c : columns) row.push_back(c->name);
  row.insert(row.end(), {"color", "dates"});
  std::string text;
  AppendRow(row, &text);
  std::size_t number = 0;
  for (const Graph::Edge& e : g.SortedEdges()) {
    const EdgeData& d = g.edge(e);
    row = {g.node(g.source(e)).id,
           g.node(g.target(e)).id,
           "Directed",
           d.type,
           "e" + std::to_string(number++),
           d.label,
           std::to_string(std::max(1, d.weight))};
    for (const io::AttributeColumn* c : columns) row.push_back(io::EdgeValue(*c, d));
    row.insert(row.end(),
               {io::HexColor(io::EdgeColor(d, ontology, colors)), Joined(time.EdgeDates(e))});
    AppendRow(row, &text);
  }
  return Finish(text, out);
}

}  // namespace newsgraph
