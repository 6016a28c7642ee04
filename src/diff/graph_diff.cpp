// The diff core: sort both graphs by identity, merge duplicates, walk them
// side by side. O(n log n); no per-element search of the other graph.
//
// Node ids are compared as strings once, in the node pass, which gives every
// distinct id of either graph a rank in id order. Edges are then sorted by
// integer keys (source rank, type rank, target rank): the same order as by
// (source id, type, target id), without a string comparison per step.
#include <algorithm>
#include <cstdint>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "diff/diff_attributes.hpp"
#include "newsgraph/diff.hpp"

namespace newsgraph {
namespace {

using diff_internal::AttributeCollector;
using diff_internal::CompareAttributes;

// The nodes of one graph with the same id: usually one vertex.
struct NodeGroup {
  const NodeData* data;  // the node, or its merged copy
  std::size_t begin, end;  // its vertices in SortedNodes::vertices
};

struct SortedNodes {
  std::vector<Graph::Vertex> vertices;  // by id
  std::vector<NodeGroup> groups;        // one per id
};

struct EdgeEntry {
  std::uint32_t source, type, target;  // ranks
  const NodeData* source_node;
  const NodeData* target_node;
  const EdgeData* data;

  auto Key() const { return std::tie(source, type, target); }
};

// Nodes of g by id, one group per id; duplicates (foreign graphs) merged into
// *store as Graph::AddNode merges them.
SortedNodes SortNodes(const Graph& g, std::deque<NodeData>* store) {
  SortedNodes out;
  std::vector<Graph::Vertex>& all = out.vertices;
  all.resize(g.num_nodes());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;  // vecS: vertices are 0..n-1
  std::sort(all.begin(), all.end(),
            [&](Graph::Vertex a, Graph::Vertex b) { return g.node(a).id < g.node(b).id; });
  out.groups.reserve(all.size());
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i + 1;
    while (j < all.size() && g.node(all[j]).id == g.node(all[i]).id) ++j;
    NodeGroup group{&g.node(all[i]), i, j};
    if (j - i > 1) {
      Graph merged;
      for (std::size_t k = i; k < j; ++k) merged.AddNode(g.node(all[k]));
      store->push_back(merged.node(0));
      group.data = &store->back();
    }
    out.groups.push_back(group);
    i = j;
  }
  return out;
}

// Relation types get provisional ids in the order first seen, then ranks in
// name order, so edges sort by integers.
class TypeRanker {
 public:
  std::uint32_t Provisional(std::string_view type) {
    // Consecutive edges mostly share a type: skip the hash lookup then.
    if (last_.data() == nullptr || type != last_) {
      last_ = type;
      last_id_ = ids_.emplace(type, static_cast<std::uint32_t>(ids_.size())).first->second;
    }
    return last_id_;
  }
  // The names in rank order, and the rank of each provisional id.
  std::vector<std::string_view> Names() const {
    std::vector<std::string_view> names;
    for (const auto& [name, id] : ids_) names.push_back(name);
    std::sort(names.begin(), names.end());
    return names;
  }
  std::vector<std::uint32_t> RankOfId(const std::vector<std::string_view>& names) const {
    std::vector<std::uint32_t> rank(names.size());
    for (std::size_t r = 0; r < names.size(); ++r) rank[ids_.at(names[r])] = r;
    return rank;
  }

 private:
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  std::string_view last_;
  std::uint32_t last_id_ = 0;
};

// The edges of g, unsorted, with provisional type ids. node_rank is by vertex.
std::vector<EdgeEntry> EdgeEntries(const Graph& g, const std::vector<std::uint32_t>& node_rank,
                                   TypeRanker* types) {
  std::vector<EdgeEntry> all;
  all.reserve(g.num_edges());
  for (auto [ei, end] = boost::edges(g.boost_graph()); ei != end; ++ei) {
    const Graph::Vertex s = g.source(*ei), t = g.target(*ei);
    const EdgeData& d = g.edge(*ei);
    all.push_back({node_rank[s], types->Provisional(d.type), node_rank[t], &g.node(s), &g.node(t), &d});
  }
  return all;
}

// Sorts entries (types already ranked) into identity order, parallel edges
// merged into *store as Graph::AddFact merges them.
std::vector<EdgeEntry> SortEdges(std::vector<EdgeEntry> all, std::deque<EdgeData>* store) {
  std::sort(all.begin(), all.end(),
            [](const EdgeEntry& a, const EdgeEntry& b) { return a.Key() < b.Key(); });
  std::size_t kept = 0;
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i + 1;
    while (j < all.size() && all[j].Key() == all[i].Key()) ++j;
    EdgeEntry e = all[i];
    if (j - i > 1) {
      Graph merged;
      merged.AddNode(*e.source_node);
      merged.AddNode(*e.target_node);
      // AddFact merges order-independently, so the file's order does not matter.
      for (std::size_t k = i; k < j; ++k) {
        merged.AddFact(e.source_node->id, e.target_node->id, *all[k].data);
      }
      store->push_back(merged.edge(*boost::edges(merged.boost_graph()).first));
      e.data = &store->back();
    }
    all[kept++] = e;
    i = j;
  }
  all.resize(kept);
  return all;
}

// Fast path: whether two elements agree on every field the diff may compare.
// When they do, no attribute list need be built.
bool SameFields(const NodeData& a, const NodeData& b, bool evidence) {
  return a.type == b.type && a.kind == b.kind && a.label == b.label && a.iso3 == b.iso3 &&
         a.aliases == b.aliases && a.extra == b.extra && (!evidence || a.mentions == b.mentions);
}
bool SameFields(const EdgeData& a, const EdgeData& b, bool evidence) {
  return a.label == b.label && a.asserted_by == b.asserted_by && a.date == b.date &&
         a.roles == b.roles && a.extra == b.extra &&
         (!evidence ||
          (a.evidence == b.evidence && a.confidence == b.confidence && a.weight == b.weight));
}

}  // namespace

std::string_view ChangeName(Change change) {
  return diff_internal::ByChange<std::string_view>(change, "added", "removed", "changed",
                                                   "unchanged");
}

void ChangeCounts::Count(Change change) {
  ++*diff_internal::ByChange(change, &added, &removed, &changed, &unchanged);
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

  // Nodes, and the rank of every vertex's id among the ids of both graphs.
  SortedNodes old_nodes = SortNodes(old_graph, &d.merged_nodes_);
  SortedNodes new_nodes = SortNodes(new_graph, &d.merged_nodes_);
  std::vector<std::uint32_t> old_rank(old_graph.num_nodes()), new_rank(new_graph.num_nodes());
  d.nodes_.reserve(std::max(old_nodes.groups.size(), new_nodes.groups.size()));
  auto o = old_nodes.groups.begin(), o_end = old_nodes.groups.end();
  auto n = new_nodes.groups.begin(), n_end = new_nodes.groups.end();
  for (std::uint32_t rank = 0; o != o_end || n != n_end; ++rank) {
    NodeDiff nd;
    const bool take_old = n == n_end || (o != o_end && o->data->id <= n->data->id);
    const bool take_new = o == o_end || (n != n_end && n->data->id <= o->data->id);
    if (take_old) {
      nd.old_node = o->data;
      for (std::size_t i = o->begin; i < o->end; ++i) old_rank[old_nodes.vertices[i]] = rank;
      ++o;
    }
    if (take_new) {
      nd.new_node = n->data;
      for (std::size_t i = n->begin; i < n->end; ++i) new_rank[new_nodes.vertices[i]] = rank;
      ++n;
    }
    if (!take_new) {
      nd.change = Change::kRemoved;
    } else if (!take_old) {
      nd.change = Change::kAdded;
    } else {
      if (!SameFields(*nd.old_node, *nd.new_node, options.evidence)) {
        nd.changes = CompareAttributes(old_attrs.Of(*nd.old_node), new_attrs.Of(*nd.new_node));
      }
      nd.change = nd.changes.empty() ? Change::kUnchanged : Change::kChanged;
    }
    d.node_counts_.Count(nd.change);
    d.nodes_.push_back(std::move(nd));
  }

  TypeRanker types;
  std::vector<EdgeEntry> old_all = EdgeEntries(old_graph, old_rank, &types);
  std::vector<EdgeEntry> new_all = EdgeEntries(new_graph, new_rank, &types);
  const std::vector<std::string_view> type_names = types.Names();
  const std::vector<std::uint32_t> rank_of_id = types.RankOfId(type_names);
  for (auto* all : {&old_all, &new_all}) {
    for (EdgeEntry& e : *all) e.type = rank_of_id[e.type];
  }
  const std::vector<EdgeEntry> old_edges = SortEdges(std::move(old_all), &d.merged_edges_);
  const std::vector<EdgeEntry> new_edges = SortEdges(std::move(new_all), &d.merged_edges_);

  std::vector<ChangeCounts> by_type(type_names.size());
  d.edges_.reserve(std::max(old_edges.size(), new_edges.size()));
  auto oe = old_edges.begin(), oe_end = old_edges.end();
  auto ne = new_edges.begin(), ne_end = new_edges.end();
  while (oe != oe_end || ne != ne_end) {
    EdgeDiff ed;
    const bool take_old = ne == ne_end || (oe != oe_end && oe->Key() <= ne->Key());
    const bool take_new = oe == oe_end || (ne != ne_end && ne->Key() <= oe->Key());
    const EdgeEntry& any = take_new ? *ne : *oe;  // endpoints from the new graph when there
    ed.source = any.source_node;
    ed.target = any.target_node;
    ChangeCounts& type_counts = by_type[any.type];
    if (take_old) ed.old_edge = (oe++)->data;
    if (take_new) ed.new_edge = (ne++)->data;
    if (!take_new) {
      ed.change = Change::kRemoved;
    } else if (!take_old) {
      ed.change = Change::kAdded;
    } else {
      if (!SameFields(*ed.old_edge, *ed.new_edge, options.evidence)) {
        ed.changes = CompareAttributes(old_attrs.Of(*ed.old_edge), new_attrs.Of(*ed.new_edge));
      }
      ed.change = ed.changes.empty() ? Change::kUnchanged : Change::kChanged;
    }
    d.edge_counts_.Count(ed.change);
    type_counts.Count(ed.change);
    d.edges_.push_back(std::move(ed));
  }
  for (std::size_t r = 0; r < type_names.size(); ++r) {
    d.relation_counts_[std::string(type_names[r])] = by_type[r];
  }
  return d;
}

}  // namespace newsgraph
