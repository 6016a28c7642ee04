// JSON writer (graphology's serialization, read by networkx too): one node or
// edge a line, each built as a JSON object by nlohmann::json.
#include <charconv>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "io/attribute_table.hpp"
#include "newsgraph/node_link.hpp"

namespace newsgraph {
namespace {

using Json = nlohmann::ordered_json;

// A column's value typed by its key type; null when it does not parse.
Json Typed(const io::AttributeColumn& c, const std::string& value) {
  if (c.type == "int" || c.type == "long") {
    long long v = 0;
    auto r = std::from_chars(value.data(), value.data() + value.size(), v);
    if (r.ec == std::errc() && r.ptr == value.data() + value.size()) return v;
    return value;
  }
  if (c.type == "double" || c.type == "float") {
    char* end = nullptr;
    double v = std::strtod(value.c_str(), &end);
    if (end == value.c_str() + value.size()) return v;
    return value;
  }
  if (c.type == "boolean") return value == "true" || value == "1";
  return value;
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

void AddDates(const std::set<std::string>& dates, Json* attributes) {
  if (!dates.empty()) (*attributes)["dates"] = Json(dates);
}

}  // namespace

Status WriteNodeLinkJson(const Graph& g, const Ontology& ontology, std::ostream& out,
                         const GraphmlWriteOptions& colors) {
  const io::AttributeTable table = io::PlanAttributes(g, ontology);
  const io::TimeTable time = io::PlanTime(g);
  Json graph_attributes = Json::object();
  for (const auto& [k, v] : g.attributes()) graph_attributes[k] = v;
  out << "{\n\"attributes\": " << Dump(graph_attributes)
      << ",\n\"options\": {\"type\": \"directed\", \"multi\": true, \"allowSelfLoops\": true}"
      << ",\n\"directed\": true,\n\"multigraph\": true,\n\"graph\": " << Dump(graph_attributes)
      << ",\n\"nodes\": [";
  bool first = true;
  for (Graph::Vertex v : g.SortedNodes()) {
    const NodeData& n = g.node(v);
    Json a = Json::object();
    if (!n.label.empty()) a["label"] = n.label;
    for (const io::AttributeColumn& c : table.node) {
      std::string value = io::NodeValue(c, n);
      if (!value.empty()) a[c.name] = Typed(c, value);
    }
    a["color"] = io::HexColor(io::NodeColor(n, ontology, colors));
    a["size"] = io::NodeSize(n);
    AddDates(time.node[v], &a);
    out << (first ? "\n" : ",\n") << Dump(Json{{"key", n.id}, {"attributes", std::move(a)}});
    first = false;
  }
  out << "\n],\n\"edges\": [";
  first = true;
  std::size_t number = 0;
  for (const Graph::Edge& e : g.SortedEdges()) {
    const EdgeData& d = g.edge(e);
    Json a = Json::object();
    if (!d.label.empty()) a["label"] = d.label;
    for (const io::AttributeColumn& c : table.edge) {
      std::string value = io::EdgeValue(c, d);
      if (!value.empty()) a[c.name] = Typed(c, value);
    }
    a["weight"] = std::max(1, d.weight);
    a["color"] = io::HexColor(io::EdgeColor(d, ontology, colors));
    AddDates(time.EdgeDates(e), &a);
    Json edge = {{"key", "e" + std::to_string(number++)},
                 {"source", g.node(g.source(e)).id},
                 {"target", g.node(g.target(e)).id},
                 {"attributes", std::move(a)}};
    out << (first ? "\n" : ",\n") << Dump(edge);
    first = false;
  }
  out << "\n]\n}\n";
  if (!out) return Status::IOError("JSON output: write failed");
  return Status::Ok();
}

}  // namespace newsgraph
