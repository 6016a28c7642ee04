// The knowledge graph: entities as nodes, stated facts as edges, on a
// Boost.Graph adjacency_list (directed, parallel edges allowed, bundled
// properties).
//
// Insertion order never changes what a writer emits: SortedNodes() and
// SortedEdges() give a total order that depends only on the content, and
// merges of multi-valued fields keep sorted sets.
//
//   newsgraph::Graph g;
//   g.AddNode({"PRK", "country", "", "North Korea", {"DPRK"}, "PRK", 1});
//   newsgraph::EdgeData e;
//   e.type = "supplied";
//   e.roles["recipient"] = "RUS";
//   g.AddFact("PRK", "kn-23", std::move(e));
#ifndef NEWSGRAPH_GRAPH_HPP_
#define NEWSGRAPH_GRAPH_HPP_

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

namespace newsgraph {

// One piece of evidence for a fact: the sentence and where it stands.
struct Evidence {
  std::string text;      // the sentence, whitespace folded to single spaces
  std::string article;   // article name (file name without directories)
  std::size_t begin = 0; // byte offsets of the sentence in the article text
  std::size_t end = 0;

  friend bool operator<(const Evidence& a, const Evidence& b);
  friend bool operator==(const Evidence& a, const Evidence& b);
};

// What is known of one article a graph was built from (empty when unknown).
// Writers use it to place facts in time: GEXF gives each node and edge the
// dates of the articles whose evidence states it.
struct ArticleInfo {
  std::string date;    // publication date, ISO 8601 (2024-03-05, 2024-03-05T10:00Z) or as written
  std::string title;   // headline
  std::string source;  // publisher or address

  friend bool operator==(const ArticleInfo& a, const ArticleInfo& b);
};

struct NodeData {
  std::string id;     // canonical id: ISO 3166-1 alpha-3 for countries, a slug otherwise
  std::string type;   // an ontology node type: country, actor, weapon, resolution, location
  std::string kind;   // for actors: person or organization
  std::string label;  // display name
  std::vector<std::string> aliases;  // surface strings, sorted and unique
  std::string iso3;   // for countries
  int mentions = 0;   // how many times the article(s) name it
  // Attributes read from GraphML written by other tools, kept verbatim.
  std::map<std::string, std::string> extra;
};

struct EdgeData {
  std::string type;   // an ontology relation type: supplied, acquired, used ...
  std::string label;  // display label (defaults to the type)
  std::vector<Evidence> evidence;  // sorted and unique
  // Multi-valued fields hold sorted unique values joined with '|', so that a
  // merge never depends on the order facts arrived in.
  std::string asserted_by;  // node id(s) of who asserted the fact
  std::string date;         // ISO 8601 or as written
  double confidence = 1.0;  // in [0, 1]; the maximum over merged statements
  int weight = 1;           // times the fact is stated
  // Role attributes of the guidelines: recipient, supplier, location, user,
  // weapon, about, role. Values are node ids or short text.
  std::map<std::string, std::string> roles;
  std::map<std::string, std::string> extra;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         NodeData, EdgeData>;

class Graph {
 public:
  using Vertex = BoostGraph::vertex_descriptor;
  using Edge = BoostGraph::edge_descriptor;

  Graph() : g_(std::make_unique<BoostGraph>()) {}
  Graph(const Graph& other)
      : g_(std::make_unique<BoostGraph>(*other.g_)),
        index_(other.index_),
        attributes_(other.attributes_),
        articles_(other.articles_) {}
  Graph& operator=(const Graph& other) {
    Graph tmp(other);
    swap(tmp);
    return *this;
  }
  // Boost's adjacency_list has no move constructor and its swap makes three
  // copies (Boost 1.74): the graph is held by pointer, so that a move (a
  // Result<Graph>, a BatchItem) swaps pointers instead of copying the graph.
  Graph(Graph&& other) noexcept : Graph() { swap(other); }
  Graph& operator=(Graph&& other) noexcept {
    Graph tmp(std::move(other));
    swap(tmp);
    return *this;
  }
  void swap(Graph& other) noexcept {
    g_.swap(other.g_);  // std::unique_ptr::swap
    index_.swap(other.index_);
    attributes_.swap(other.attributes_);
    articles_.swap(other.articles_);
  }

  // Adds a node, or merges it into the node with the same id: aliases are
  // united, mentions summed, empty fields filled, and the label kept is the
  // longest (ties: the smallest), so the result is order-independent.
  Vertex AddNode(NodeData node);
  std::optional<Vertex> FindNode(std::string_view id) const;

  // Adds a fact source -(type)-> target. A fact with the same (source, type,
  // target) is merged into the existing edge: evidence united, weight summed,
  // multi-valued fields united. REQUIRES: both nodes exist.
  Edge AddFact(std::string_view source_id, std::string_view target_id, EdgeData edge);
  // Adds a parallel edge without merging (for readers of foreign files).
  Edge AddEdge(Vertex source, Vertex target, EdgeData edge);

  const NodeData& node(Vertex v) const { return (*g_)[v]; }
  NodeData& node(Vertex v) { return (*g_)[v]; }
  const EdgeData& edge(Edge e) const { return (*g_)[e]; }
  EdgeData& edge(Edge e) { return (*g_)[e]; }
  Vertex source(Edge e) const { return boost::source(e, *g_); }
  Vertex target(Edge e) const { return boost::target(e, *g_); }

  std::size_t num_nodes() const { return boost::num_vertices(*g_); }
  std::size_t num_edges() const { return boost::num_edges(*g_); }

  // Nodes by id; edges by (source id, type, target id), ties broken by the
  // rest of their content.
  std::vector<Vertex> SortedNodes() const;
  std::vector<Edge> SortedEdges() const;

  // Graph-level attributes (title, date, source, articles ...).
  std::map<std::string, std::string>& attributes() { return attributes_; }
  const std::map<std::string, std::string>& attributes() const { return attributes_; }

  // The articles the graph was built from, by article name (the name that
  // Evidence::article holds). The extractor adds one per article it reads.
  std::map<std::string, ArticleInfo>& articles() { return articles_; }
  const std::map<std::string, ArticleInfo>& articles() const { return articles_; }
  // Records what is known of an article; fields already known are kept.
  void AddArticle(const std::string& name, const ArticleInfo& info);

  // Merges every node, fact and article of other into this graph. To merge
  // many graphs (a corpus), use GraphMerger: merging them one by one here
  // unites the '|'-joined fields at every step, quadratic in the graphs.
  void Merge(const Graph& other);

  const BoostGraph& boost_graph() const { return *g_; }

 private:
  std::unique_ptr<BoostGraph> g_;  // never null
  std::unordered_map<std::string, Vertex> index_;
  std::map<std::string, std::string> attributes_;
  std::map<std::string, ArticleInfo> articles_;
};

// Unites two '|'-joined sets of values into a sorted '|'-joined set.
std::string UniteValues(std::string_view a, std::string_view b);
// Splits a '|'-joined value (empty pieces dropped).
std::vector<std::string> SplitValues(std::string_view joined);

// Many values united in one pass: Value() is what folding them one by one
// with UniteValues gives (the one non-empty value as it is, else the sorted
// union of their '|' parts), in time linear in the values.
class ValueUnion {
 public:
  void Add(std::string_view v);
  std::string Value() const;

 private:
  std::string first_;
  bool many_ = false;
  std::set<std::string> parts_;
};

// The statements of one fact merged in one pass: Finish() gives the edge that
// Graph::AddFact builds when they are added one by one.
class FactUnion {
 public:
  explicit FactUnion(EdgeData first);
  void Add(EdgeData&& statement);
  EdgeData Finish() &&;

 private:
  EdgeData edge_;
  ValueUnion asserted_by_, date_;
  std::map<std::string, ValueUnion> roles_, extra_;
};

// Many graphs merged in time linear in their size: Finish() gives the graph
// that Graph::Merge of each in turn gives (the same bytes in every writer).
//
//   newsgraph::GraphMerger merger;
//   for (const newsgraph::Graph& g : article_graphs) merger.Add(g);
//   newsgraph::Graph corpus = std::move(merger).Finish();
class GraphMerger {
 public:
  void Add(const Graph& other);
  Graph Finish() &&;

 private:
  struct Fact {
    Graph::Vertex source, target;
    FactUnion edge;
  };
  Graph graph_;  // nodes and articles; facts wait in facts_
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> fact_index_;
  std::vector<Fact> facts_;  // in order of first statement
  std::map<std::string, ValueUnion> attributes_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_GRAPH_HPP_
