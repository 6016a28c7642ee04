// The diff core: sort both graphs by identity, merge duplicates, walk them
// side by side. O(n log n); no per-element search of the other graph.
#include <algorithm>
#include <tuple>

#include "diff/diff_attributes.hpp"
#include "newsgraph/diff.hpp"

namespace newsgraph {
namespace {

using diff_internal::AttributeCollector;
using diff_internal::CompareAttributes;

struct NodeEntry {
  const NodeData* data;
};

struct EdgeEntry {
  std::string_view source, type, target;
  const NodeData* source_node;
  const NodeData* target_node;
  const EdgeData* data;

  auto Key() const { return std::tie(source, type, target); }
};

// Nodes of g by id, one entry per id (duplicates merged into *store as
// Graph::AddNode merges them).
std::vector<NodeEntry> SortedNodeEntries(const Graph& g, std::deque<NodeData>* store) {
  std::vector<NodeEntry> all;
  all.reserve(g.num_nodes());
  for (auto [vi, end] = boost::vertices(g.boost_graph()); vi != end; ++vi) {
    all.push_back({&g.node(*vi)});
  }
  std::sort(all.begin(), all.end(),
            [](const NodeEntry& a, const NodeEntry& b) { return a.data->id < b.data->id; });
  std::vector<NodeEntry> out;
  out.reserve(all.size());
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i + 1;
    while (j < all.size() && all[j].data->id == all[i].data->id) ++j;
    if (j - i == 1) {
      out.push_back(all[i]);
    } else {
      Graph merged;
      for (std::size_t k = i; k < j; ++k) merged.AddNode(*all[k].data);
      store->push_back(merged.node(0));
      out.push_back({&store->back()});
    }
    i = j;
  }
  return out;
}

// Edges of g by (source id, type, target id), parallel edges merged into
// *store as Graph::AddFact merges them.
std::vector<EdgeEntry> SortedEdgeEntries(const Graph& g, std::deque<EdgeData>* store) {
  std::vector<EdgeEntry> all;
  all.reserve(g.num_edges());
  for (auto [ei, end] = boost::edges(g.boost_graph()); ei != end; ++ei) {
    const NodeData& s = g.node(g.source(*ei));
    const NodeData& t = g.node(g.target(*ei));
    const EdgeData& d = g.edge(*ei);
    all.push_back({s.id, d.type, t.id, &s, &t, &d});
  }
  std::sort(all.begin(), all.end(),
            [](const EdgeEntry& a, const EdgeEntry& b) { return a.Key() < b.Key(); });
  std::vector<EdgeEntry> out;
  out.reserve(all.size());
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i + 1;
    while (j < all.size() && all[j].Key() == all[i].Key()) ++j;
    if (j - i == 1) {
      out.push_back(all[i]);
    } else {
      Graph merged;
      merged.AddNode(*all[i].source_node);
      merged.AddNode(*all[i].target_node);
      // AddFact merges order-independently, so the file's order does not matter.
      for (std::size_t k = i; k < j; ++k) merged.AddFact(all[i].source, all[i].target, *all[k].data);
      store->push_back(merged.edge(*boost::edges(merged.boost_graph()).first));
      EdgeEntry e = all[i];
      e.data = &store->back();
      e.type = e.data->type;
      out.push_back(e);
    }
    i = j;
  }
  return out;
}

}  // namespace

std::string_view ChangeName(Change change) {
  return diff_internal::ByChange<std::string_view>(change, "added", "removed", "changed",
                                                   "unchanged");
}

void ChangeCounts::Count(Change change) {
  switch (change) {
    case Change::kAdded: ++added; break;
    case Change::kRemoved: ++removed; break;
    case Change::kChanged: ++changed; break;
    case Change::kUnchanged: ++unchanged; break;
  }
}

bool GraphDiff::HasDifferences(const ChangeFilter& filter) const {
  auto differs = [&](const ChangeCounts& c) {
    return (filter.added && c.added) || (filter.removed && c.removed) ||
           (filter.changed && c.changed);
  };
  return differs(node_counts_) || differs(edge_counts_);
}

GraphDiff DiffGraphs(const Graph& old_graph, const Graph& new_graph, const DiffOptions& options) {
  GraphDiff d;
  d.options_ = options;
  AttributeCollector old_attrs(options), new_attrs(options);

  std::vector<NodeEntry> old_nodes = SortedNodeEntries(old_graph, &d.merged_nodes_);
  std::vector<NodeEntry> new_nodes = SortedNodeEntries(new_graph, &d.merged_nodes_);
  d.nodes_.reserve(std::max(old_nodes.size(), new_nodes.size()));
  auto o = old_nodes.begin();
  auto n = new_nodes.begin();
  while (o != old_nodes.end() || n != new_nodes.end()) {
    NodeDiff nd;
    if (n == new_nodes.end() || (o != old_nodes.end() && o->data->id < n->data->id)) {
      nd.change = Change::kRemoved;
      nd.old_node = (o++)->data;
    } else if (o == old_nodes.end() || n->data->id < o->data->id) {
      nd.change = Change::kAdded;
      nd.new_node = (n++)->data;
    } else {
      nd.old_node = (o++)->data;
      nd.new_node = (n++)->data;
      nd.changes = CompareAttributes(old_attrs.Of(*nd.old_node), new_attrs.Of(*nd.new_node));
      nd.change = nd.changes.empty() ? Change::kUnchanged : Change::kChanged;
    }
    d.node_counts_.Count(nd.change);
    d.nodes_.push_back(std::move(nd));
  }

  std::vector<EdgeEntry> old_edges = SortedEdgeEntries(old_graph, &d.merged_edges_);
  std::vector<EdgeEntry> new_edges = SortedEdgeEntries(new_graph, &d.merged_edges_);
  d.edges_.reserve(std::max(old_edges.size(), new_edges.size()));
  auto oe = old_edges.begin();
  auto ne = new_edges.begin();
  while (oe != old_edges.end() || ne != new_edges.end()) {
    EdgeDiff ed;
    if (ne == new_edges.end() || (oe != old_edges.end() && oe->Key() < ne->Key())) {
      ed.change = Change::kRemoved;
      ed.source = oe->source_node;
      ed.target = oe->target_node;
      ed.old_edge = (oe++)->data;
    } else if (oe == old_edges.end() || ne->Key() < oe->Key()) {
      ed.change = Change::kAdded;
      ed.source = ne->source_node;
      ed.target = ne->target_node;
      ed.new_edge = (ne++)->data;
    } else {
      ed.source = ne->source_node;
      ed.target = ne->target_node;
      ed.old_edge = (oe++)->data;
      ed.new_edge = (ne++)->data;
      ed.changes = CompareAttributes(old_attrs.Of(*ed.old_edge), new_attrs.Of(*ed.new_edge));
      ed.change = ed.changes.empty() ? Change::kUnchanged : Change::kChanged;
    }
    d.edge_counts_.Count(ed.change);
    d.relation_counts_[ed.type()].Count(ed.change);
    d.edges_.push_back(std::move(ed));
  }
  return d;
}

}  // namespace newsgraph
