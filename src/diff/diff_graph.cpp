// The diff graph: the union of both graphs, every element marked with its
// change, and its DOT rendering coloured by change.
#include <cstdio>
#include <unordered_set>

#include "diff/diff_attributes.hpp"
#include "newsgraph/diff.hpp"
#include "io/text_escape.hpp"

namespace newsgraph {
namespace {

std::string Hex(const Rgb& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c[0] & 0xff, c[1] & 0xff, c[2] & 0xff);
  return buf;
}

// A DOT double-quoted string.
std::string DotQuote(std::string_view s) {
  std::string out = "\"";
  io::AppendDotEscaped(s, &out);
  out += '"';
  return out;
}

Change ChangeOf(const std::map<std::string, std::string>& extra) {
  auto it = extra.find("change");
  if (it == extra.end()) return Change::kUnchanged;
  for (Change c : {Change::kAdded, Change::kRemoved, Change::kChanged}) {
    if (it->second == ChangeName(c)) return c;
  }
  return Change::kUnchanged;
}

std::string ChangesOf(const std::map<std::string, std::string>& extra) {
  auto it = extra.find("changes");
  return it == extra.end() ? std::string() : it->second;
}

}  // namespace

Graph BuildDiffGraph(const GraphDiff& diff, const ChangeFilter& filter, const DiffStyle& style) {
  std::unordered_set<std::string_view> endpoints;
  for (const EdgeDiff& e : diff.edges()) {
    if (!filter.Shows(e.change)) continue;
    endpoints.insert(e.source->id);
    endpoints.insert(e.target->id);
  }
  Graph g;
  std::string legend;
  for (Change c : {Change::kAdded, Change::kRemoved, Change::kChanged, Change::kUnchanged}) {
    if (!legend.empty()) legend += ' ';
    legend += std::string(ChangeName(c)) + '=' + Hex(style.ColorOf(c));
  }
  g.attributes()["legend"] = legend;
  for (const NodeDiff& n : diff.nodes()) {
    if (!filter.Shows(n.change) && endpoints.count(n.id()) == 0) continue;
    NodeData d = n.current();
    d.extra["change"] = std::string(ChangeName(n.change));
    if (!n.changes.empty()) d.extra["changes"] = diff_internal::DescribeChanges(n.changes);
    g.AddNode(std::move(d));
  }
  for (const EdgeDiff& e : diff.edges()) {
    if (!filter.Shows(e.change)) continue;
    EdgeData d = e.current();
    d.extra["change"] = std::string(ChangeName(e.change));
    if (!e.changes.empty()) d.extra["changes"] = diff_internal::DescribeChanges(e.changes);
    // Gephi's edge colour; node colours are set by WriteDiffGraphml.
    const Rgb rgb = style.ColorOf(e.change);
    d.extra["r"] = std::to_string(rgb[0]);
    d.extra["g"] = std::to_string(rgb[1]);
    d.extra["b"] = std::to_string(rgb[2]);
    // Identities are unique after DiffGraphs: AddEdge, not AddFact's search.
    g.AddEdge(*g.FindNode(e.source->id), *g.FindNode(e.target->id), std::move(d));
  }
  return g;
}

Status WriteDiffDot(const Graph& g, const Ontology& ontology, const DiffStyle& style,
                    std::ostream& out) {
  auto title = g.attributes().find("title");
  out << "digraph newsgraph_diff {\n"
         "  graph [rankdir=LR, labelloc=t, label="
      << DotQuote(title == g.attributes().end() ? "newsgraph diff" : title->second) << "];\n"
         "  node [style=filled, fontcolor=\"#000000\"];\n"
         "  edge [fontsize=10];\n";
  for (Graph::Vertex v : g.SortedNodes()) {
    const NodeData& d = g.node(v);
    const Change change = ChangeOf(d.extra);
    std::string shape = "ellipse", node_style = "filled";
    if (const NodeTypeInfo* t = ontology.FindNodeType(d.type)) {
      if (!t->dot_shape.empty()) shape = t->dot_shape;
      if (!t->dot_style.empty()) node_style = t->dot_style;
      for (const NodeKindInfo& k : t->kinds) {
        if (k.name == d.kind && !k.dot_shape.empty()) shape = k.dot_shape;
      }
    }
    if (change == Change::kRemoved) node_style += ",dashed";
    const std::string label = d.label.empty() ? d.id : d.label;
    std::string tooltip = d.id + " (" + std::string(ChangeName(change)) + ")";
    if (!ChangesOf(d.extra).empty()) tooltip += ": " + ChangesOf(d.extra);
    out << "  " << DotQuote(d.id) << " [label=" << DotQuote(label) << ", shape=" << shape
        << ", style=" << DotQuote(node_style) << ", fillcolor=" << DotQuote(Hex(style.ColorOf(change)))
        << ", tooltip=" << DotQuote(tooltip) << "];\n";
  }
  for (const Graph::Edge& e : g.SortedEdges()) {
    const EdgeData& d = g.edge(e);
    const Change change = ChangeOf(d.extra);
    std::string edge_style = "solid";
    double penwidth = 1.0;
    if (const RelationInfo* r = ontology.FindRelation(d.type)) {
      if (const FamilyInfo* f = ontology.FindFamily(r->family)) {
        if (!f->dot_style.empty()) edge_style = f->dot_style;
        penwidth = f->penwidth;
      }
    }
    if (change == Change::kRemoved) edge_style = "dashed";
    const std::string color = Hex(style.ColorOf(change));
    // A changed fact says what changed under its label, for static renderings.
    std::string label = d.label.empty() ? d.type : d.label;
    if (!ChangesOf(d.extra).empty()) label += "\n" + ChangesOf(d.extra);
    std::string tooltip = d.type + " (" + std::string(ChangeName(change)) + ")";
    if (!ChangesOf(d.extra).empty()) tooltip += ": " + ChangesOf(d.extra);
    char width[32];
    std::snprintf(width, sizeof width, "%.1f", penwidth);
    out << "  " << DotQuote(g.node(g.source(e)).id) << " -> " << DotQuote(g.node(g.target(e)).id)
        << " [label=" << DotQuote(label) << ", color=" << DotQuote(color)
        << ", fontcolor=" << DotQuote(color) << ", style=" << edge_style << ", penwidth=" << width
        << ", tooltip=" << DotQuote(tooltip) << "];\n";
  }
  out << "  subgraph cluster_legend {\n"
         "    label=\"change\";\n"
         "    node [shape=box, style=filled];\n";
  const char* prev = nullptr;
  for (Change c : {Change::kAdded, Change::kRemoved, Change::kChanged, Change::kUnchanged}) {
    const std::string name(ChangeName(c));
    out << "    \"legend:" << name << "\" [label=\"" << name << "\", fillcolor=\""
        << Hex(style.ColorOf(c)) << "\"];\n";
    if (prev) out << "    \"legend:" << prev << "\" -> \"legend:" << name << "\" [style=invis];\n";
    prev = ChangeName(c).data();
  }
  out << "  }\n}\n";
  out.flush();
  if (!out) return Status::IOError("writing the diff graph failed");
  return Status::Ok();
}

}  // namespace newsgraph
