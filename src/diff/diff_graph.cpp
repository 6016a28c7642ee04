// The diff graph: the union of both graphs, every element marked with its
// change, and its GraphML and DOT renderings coloured by change. The colours
// are display data: the library's writers apply them through their hooks.
#include <cstdio>
#include <optional>
#include <unordered_set>

#include "diff/diff_attributes.hpp"
#include "newsgraph/diff.hpp"
#include "newsgraph/dot.hpp"
#include "newsgraph/graphml.hpp"

namespace newsgraph {
namespace {

std::string Hex(const Rgb& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c[0] & 0xff, c[1] & 0xff, c[2] & 0xff);
  return buf;
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
    // Identities are unique after DiffGraphs: AddEdge, not AddFact's search.
    g.AddEdge(*g.FindNode(e.source->id), *g.FindNode(e.target->id), std::move(d));
  }
  return g;
}

// Colours, dashes and notes by change, through the writers' hooks.
GraphWriteOptions DiffGraphWriteOptions(const DiffStyle& style) {
  auto decorate = [&style](const std::map<std::string, std::string>& extra) {
    const Change change = ChangeOf(extra);
    DotDecoration d;
    d.color = style.ColorOf(change);
    d.dashed = change == Change::kRemoved;
    d.tooltip_note = std::string(ChangeName(change));
    if (!ChangesOf(extra).empty()) d.tooltip_note += ": " + ChangesOf(extra);
    return d;
  };
  GraphWriteOptions options;
  options.dot.legend_ontology = false;  // the type and family colours are not shown
  options.dot.legend_title = "change";
  for (Change c : {Change::kAdded, Change::kRemoved, Change::kChanged, Change::kUnchanged}) {
    options.dot.legend_entries.push_back({std::string(ChangeName(c)), style.ColorOf(c)});
    options.html.change_colors.emplace_back(std::string(ChangeName(c)), style.ColorOf(c));
  }
  options.dot.node_decoration = [decorate](const NodeData& n) { return decorate(n.extra); };
  options.dot.edge_decoration = [decorate](const EdgeData& e) {
    DotDecoration d = decorate(e.extra);
    d.label_note = ChangesOf(e.extra);  // what changed, for static renderings
    return d;
  };
  options.colors.node_color = [&style](const NodeData& n) -> std::optional<Rgb> {
    return style.ColorOf(ChangeOf(n.extra));
  };
  options.colors.edge_color = [&style](const EdgeData& e) -> std::optional<Rgb> {
    return style.ColorOf(ChangeOf(e.extra));
  };
  return options;
}

Status WriteDiffDot(const Graph& g, const Ontology& ontology, const DiffStyle& style,
                    std::ostream& out) {
  NEWSGRAPH_RETURN_IF_ERROR(WriteDot(g, ontology, out, DiffGraphWriteOptions(style).dot));
  out.flush();
  if (!out) return Status::IOError("writing the diff graph failed");
  return Status::Ok();
}

Status WriteDiffGraphml(const Graph& g, const Ontology& ontology, const DiffStyle& style,
                        std::ostream& out) {
  NEWSGRAPH_RETURN_IF_ERROR(WriteGraphml(g, ontology, out, DiffGraphWriteOptions(style).colors));
  out.flush();
  if (!out) return Status::IOError("writing the diff graph failed");
  return Status::Ok();
}

}  // namespace newsgraph
