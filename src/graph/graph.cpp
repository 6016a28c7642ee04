#include "newsgraph/graph.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>

namespace newsgraph {

bool operator<(const Evidence& a, const Evidence& b) {
  return std::tie(a.article, a.begin, a.end, a.text) < std::tie(b.article, b.begin, b.end, b.text);
}
bool operator==(const Evidence& a, const Evidence& b) {
  return std::tie(a.article, a.begin, a.end, a.text) == std::tie(b.article, b.begin, b.end, b.text);
}
bool operator==(const ArticleInfo& a, const ArticleInfo& b) {
  return std::tie(a.date, a.title, a.source) == std::tie(b.date, b.title, b.source);
}

std::vector<std::string> SplitValues(std::string_view joined) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t bar = joined.find('|', start);
    if (bar == std::string_view::npos) bar = joined.size();
    if (bar > start) out.emplace_back(joined.substr(start, bar - start));
    start = bar + 1;
  }
  return out;
}

namespace {

std::string JoinSet(const std::set<std::string>& all) {
  std::string out;
  for (const auto& v : all) {
    if (!out.empty()) out += '|';
    out += v;
  }
  return out;
}

}  // namespace

std::string UniteValues(std::string_view a, std::string_view b) {
  if (a.empty() || a == b) return std::string(b.empty() ? a : b);
  if (b.empty()) return std::string(a);
  std::set<std::string> all;
  for (auto& v : SplitValues(a)) all.insert(std::move(v));
  for (auto& v : SplitValues(b)) all.insert(std::move(v));
  return JoinSet(all);
}

void ValueUnion::Add(std::string_view v) {
  if (v.empty() || v == first_) return;
  if (first_.empty()) {
    first_ = std::string(v);
  } else {
    many_ = true;
  }
  for (std::string& part : SplitValues(v)) parts_.insert(std::move(part));
}

std::string ValueUnion::Value() const { return many_ ? JoinSet(parts_) : first_; }

namespace {

template <typename T>
void SortUnique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

void FillIfEmpty(std::string& into, const std::string& from) {
  if (into.empty()) into = from;
}

// The label a merge keeps: the longest, ties broken by the smallest.
bool BetterLabel(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() > b.size();
  return a < b;
}

void AddToUnions(const std::map<std::string, std::string>& from,
                 std::map<std::string, ValueUnion>* into) {
  for (const auto& [k, v] : from) (*into)[k].Add(v);
}

void SetFromUnions(const std::map<std::string, ValueUnion>& from,
                   std::map<std::string, std::string>* into) {
  for (const auto& [k, u] : from) (*into)[k] = u.Value();
}

void MergeMaps(std::map<std::string, std::string>& into,
               const std::map<std::string, std::string>& from) {
  for (const auto& [k, v] : from) {
    auto it = into.find(k);
    if (it == into.end()) {
      into.emplace(k, v);
    } else {
      it->second = UniteValues(it->second, v);
    }
  }
}

}  // namespace

Graph::Vertex Graph::AddNode(NodeData node) {
  SortUnique(node.aliases);
  auto it = index_.find(node.id);
  if (it == index_.end()) {
    // add_vertex copies the properties it is given: add a bare vertex, move in.
    Vertex v = boost::add_vertex(*g_);
    index_.emplace(node.id, v);
    (*g_)[v] = std::move(node);
    return v;
  }
  NodeData& old = (*g_)[it->second];
  FillIfEmpty(old.type, node.type);
  FillIfEmpty(old.kind, node.kind);
  FillIfEmpty(old.iso3, node.iso3);
  if (BetterLabel(node.label, old.label)) old.label = node.label;
  old.aliases.insert(old.aliases.end(), node.aliases.begin(), node.aliases.end());
  SortUnique(old.aliases);
  old.mentions += node.mentions;
  MergeMaps(old.extra, node.extra);
  return it->second;
}

std::optional<Graph::Vertex> Graph::FindNode(std::string_view id) const {
  auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

Graph::Edge Graph::AddEdge(Vertex source, Vertex target, EdgeData edge) {
  if (edge.label.empty()) edge.label = edge.type;
  SortUnique(edge.evidence);
  // add_edge copies the properties it is given: add a bare edge, move in.
  Edge e = boost::add_edge(source, target, *g_).first;
  (*g_)[e] = std::move(edge);
  return e;
}

Graph::Edge Graph::AddFact(std::string_view source_id, std::string_view target_id,
                           EdgeData edge) {
  Vertex s = index_.at(std::string(source_id));
  Vertex t = index_.at(std::string(target_id));
  for (auto [ei, end] = boost::out_edges(s, *g_); ei != end; ++ei) {
    if (boost::target(*ei, *g_) != t || (*g_)[*ei].type != edge.type) continue;
    EdgeData& old = (*g_)[*ei];
    // Keep the evidence sorted and unique by inserting each piece in place
    // (re-sorting on every statement would make many statements quadratic).
    for (Evidence& ev : edge.evidence) {
      auto at = std::lower_bound(old.evidence.begin(), old.evidence.end(), ev);
      if (at == old.evidence.end() || !(*at == ev)) old.evidence.insert(at, std::move(ev));
    }
    old.asserted_by = UniteValues(old.asserted_by, edge.asserted_by);
    old.date = UniteValues(old.date, edge.date);
    old.confidence = std::max(old.confidence, edge.confidence);
    old.weight += edge.weight;
    if (BetterLabel(edge.label, old.label) && !edge.label.empty()) old.label = edge.label;
    MergeMaps(old.roles, edge.roles);
    MergeMaps(old.extra, edge.extra);
    return *ei;
  }
  return AddEdge(s, t, std::move(edge));
}

std::vector<Graph::Vertex> Graph::SortedNodes() const {
  std::vector<Vertex> out(boost::vertices(*g_).first, boost::vertices(*g_).second);
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    const NodeData& x = (*g_)[a];
    const NodeData& y = (*g_)[b];
    if (x.id != y.id) return x.id < y.id;
    return a < b;  // duplicate ids only in foreign graphs being built
  });
  return out;
}

std::vector<Graph::Edge> Graph::SortedEdges() const {
  std::vector<Edge> out;
  out.reserve(num_edges());
  for (auto [ei, end] = boost::edges(*g_); ei != end; ++ei) out.push_back(*ei);
  auto key = [&](const Edge& e) {
    const EdgeData& d = (*g_)[e];
    return std::tie((*g_)[boost::source(e, *g_)].id, d.type, (*g_)[boost::target(e, *g_)].id, d.label,
                    d.evidence, d.asserted_by, d.date, d.roles, d.weight, d.confidence, d.extra);
  };
  std::sort(out.begin(), out.end(), [&](const Edge& a, const Edge& b) { return key(a) < key(b); });
  return out;
}

void Graph::AddArticle(const std::string& name, const ArticleInfo& info) {
  ArticleInfo& into = articles_[name];
  FillIfEmpty(into.date, info.date);
  FillIfEmpty(into.title, info.title);
  FillIfEmpty(into.source, info.source);
}

void Graph::Merge(const Graph& other) {
  for (const auto& [name, info] : other.articles()) AddArticle(name, info);
  for (Vertex v : other.SortedNodes()) AddNode(other.node(v));
  for (const Edge& e : other.SortedEdges()) {
    AddFact(other.node(other.source(e)).id, other.node(other.target(e)).id, other.edge(e));
  }
  for (const auto& [k, v] : other.attributes()) {
    auto it = attributes_.find(k);
    if (it == attributes_.end()) {
      attributes_.emplace(k, v);
    } else {
      it->second = UniteValues(it->second, v);
    }
  }
}

FactUnion::FactUnion(EdgeData first) : edge_(std::move(first)) {
  if (edge_.label.empty()) edge_.label = edge_.type;
  asserted_by_.Add(edge_.asserted_by);
  date_.Add(edge_.date);
  AddToUnions(edge_.roles, &roles_);
  AddToUnions(edge_.extra, &extra_);
}

void FactUnion::Add(EdgeData&& e) {
  std::move(e.evidence.begin(), e.evidence.end(), std::back_inserter(edge_.evidence));
  asserted_by_.Add(e.asserted_by);
  date_.Add(e.date);
  edge_.confidence = std::max(edge_.confidence, e.confidence);
  edge_.weight += e.weight;
  if (BetterLabel(e.label, edge_.label) && !e.label.empty()) edge_.label = std::move(e.label);
  AddToUnions(e.roles, &roles_);
  AddToUnions(e.extra, &extra_);
}

EdgeData FactUnion::Finish() && {
  SortUnique(edge_.evidence);
  edge_.asserted_by = asserted_by_.Value();
  edge_.date = date_.Value();
  SetFromUnions(roles_, &edge_.roles);
  SetFromUnions(extra_, &edge_.extra);
  return std::move(edge_);
}

void GraphMerger::Add(const Graph& other) {
  for (const auto& [name, info] : other.articles()) graph_.AddArticle(name, info);
  for (Graph::Vertex v : other.SortedNodes()) graph_.AddNode(other.node(v));
  for (const Graph::Edge& e : other.SortedEdges()) {
    const std::string& s = other.node(other.source(e)).id;
    const std::string& t = other.node(other.target(e)).id;
    const EdgeData& d = other.edge(e);
    auto [at, added] = fact_index_.try_emplace(std::make_tuple(s, d.type, t), facts_.size());
    if (added) {
      facts_.push_back({*graph_.FindNode(s), *graph_.FindNode(t), FactUnion(d)});
    } else {
      facts_[at->second].edge.Add(EdgeData(d));
    }
  }
  AddToUnions(other.attributes(), &attributes_);
}

Graph GraphMerger::Finish() && {
  for (Fact& f : facts_) graph_.AddEdge(f.source, f.target, std::move(f.edge).Finish());
  SetFromUnions(attributes_, &graph_.attributes());
  facts_.clear();
  fact_index_.clear();
  return std::move(graph_);
}

}  // namespace newsgraph
