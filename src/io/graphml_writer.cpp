// GraphML writer: streams straight to the output through one buffer, no DOM.
#include <algorithm>
#include <charconv>
#include <tuple>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "io/attribute_table.hpp"
#include "io/graphml_fields.hpp"
#include "io/text_escape.hpp"
#include "newsgraph/graphml.hpp"

namespace newsgraph {
namespace {

constexpr std::size_t kFlushBytes = 1 << 18;

constexpr char kHeader[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
    " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
    " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

using io::AppendDouble;

void AppendInt(long long v, std::string* out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

struct KeyRef {
  std::string id;
  std::string attr_name;
  std::string type;
  std::string description;
  int field = 0;  // io::NodeField / io::EdgeField of a key-file key
};

// The keys of one domain (graph, node or edge): the key file's, in file
// order, then one per extra attribute name, sorted by name.
struct Domain {
  explicit Domain(const char* for_value) : for_name(for_value) {}
  const char* for_name;
  std::vector<KeyRef> keys;
  std::vector<KeyRef> extras;
  std::unordered_map<std::string, std::size_t> extra_index;  // source name -> extras
  std::unordered_set<std::string> key_file_names;
};

// Whether the reader puts an attribute of this name into extra; the others
// are written as kExtraPrefix + name so they come back where they were.
bool IsExtraName(const Domain& d, std::string_view name) {
  if (d.for_name[0] == 'g') return true;
  if (d.for_name[0] == 'n') return io::NodeFieldOf(name) == io::NodeField::kOther;
  return io::EdgeFieldOf(name) == io::EdgeField::kOther &&
         d.key_file_names.count(std::string(name)) == 0;
}

std::string Unique(const std::string& base, std::unordered_set<std::string>* used) {
  std::string candidate = base;
  for (int n = 2; !used->insert(candidate).second; ++n) candidate = base + "." + std::to_string(n);
  return candidate;
}

// Adds the keys of the key file, then those of the extra names (sorted).
void PlanDomain(const std::vector<KeyInfo>& key_file, const std::set<std::string>& extra_names,
                std::unordered_set<std::string>* used_ids, Domain* d) {
  std::unordered_set<std::string> used_names;
  for (const KeyInfo& k : key_file) {
    int field = d->for_name[0] == 'n'   ? static_cast<int>(io::NodeFieldOf(k.name))
                : d->for_name[0] == 'e' ? static_cast<int>(io::EdgeFieldOf(k.name))
                                        : 0;
    d->keys.push_back({k.id, k.name, k.type, k.description, field});
    d->key_file_names.insert(k.name);
    used_names.insert(k.name);
    used_ids->insert(k.id);
  }
  const std::string id_prefix = std::string(1, d->for_name[0]) + "_x_";
  for (const std::string& name : extra_names) {
    std::string attr = IsExtraName(*d, name) ? name : std::string(io::kExtraPrefix) + name;
    attr = Unique(io::ToNmtoken(attr), &used_names);
    std::string id = Unique(id_prefix + attr, used_ids);
    d->extra_index.emplace(name, d->extras.size());
    d->extras.push_back({std::move(id), std::move(attr), "string", "", 0});
  }
}

class GraphmlWriter {
 public:
  GraphmlWriter(const Graph& g, const Ontology& ontology, std::ostream& out,
                const GraphmlWriteOptions& options)
      : g_(g), ontology_(ontology), out_(out), options_(options) {
    buf_.reserve(kFlushBytes + 4096);
  }

  Status Write() {
    Plan();
    buf_.append(kHeader);
    for (const Domain* d : {&graph_, &node_, &edge_}) {
      for (const auto* list : {&d->keys, &d->extras}) {
        for (const KeyRef& k : *list) WriteKey(*d, k);
      }
    }
    buf_.append("  <graph id=\"G\" edgedefault=\"directed\">\n");
    WriteGraphData();
    for (Graph::Vertex v : nodes_) WriteNode(v);
    std::size_t n = 0;
    for (const Graph::Edge& e : SortedEdges()) WriteEdge(e, n++);
    buf_.append("  </graph>\n</graphml>\n");
    Flush();
    if (!out_) return Status::IOError("GraphML output: write failed");
    return Status::Ok();
  }

 private:
  void Plan() {
    std::unordered_set<std::string> used_ids;
    std::set<std::string> names;
    std::unordered_set<std::string> graph_key_names;
    for (const KeyInfo& k : ontology_.graph_keys()) graph_key_names.insert(k.name);
    for (const auto& [k, v] : g_.attributes()) {
      if (!graph_key_names.count(k)) names.insert(k);
    }
    PlanDomain(ontology_.graph_keys(), names, &used_ids, &graph_);

    names.clear();
    std::unordered_set<std::string> node_key_names;
    for (const KeyInfo& k : ontology_.node_keys()) node_key_names.insert(k.name);
    nodes_ = g_.SortedNodes();
    for (Graph::Vertex v : nodes_) {
      for (const auto& [k, val] : g_.node(v).extra) {
        // A key-file name that is no field of ours is written under its key.
        if (!(node_key_names.count(k) && io::NodeFieldOf(k) == io::NodeField::kOther)) {
          names.insert(k);
        }
      }
    }
    PlanDomain(ontology_.node_keys(), names, &used_ids, &node_);

    names.clear();
    std::unordered_set<std::string> edge_key_names;
    for (const KeyInfo& k : ontology_.edge_keys()) edge_key_names.insert(k.name);
    for (auto [ei, end] = boost::edges(g_.boost_graph()); ei != end; ++ei) {
      const EdgeData& d = g_.edge(*ei);
      for (const auto& [k, val] : d.roles) {
        if (!edge_key_names.count(k)) names.insert(k);
      }
      for (const auto& [k, val] : d.extra) names.insert(k);
    }
    if (options_.edge_color) names.insert({"r", "g", "b"});
    PlanDomain(ontology_.edge_keys(), names, &used_ids, &edge_);

    AssignNodeIds();
  }

  // Node ids become NMTOKENs: a safe id is kept (first come in sorted order
  // if duplicated), the others are mapped and made unique with ".2", ".3" ...
  void AssignNodeIds() {
    xml_ids_.assign(g_.num_nodes(), std::string());
    std::unordered_set<std::string> taken;
    std::vector<Graph::Vertex> pending;
    for (Graph::Vertex v : nodes_) {
      const std::string& id = g_.node(v).id;
      if (io::IsSafeNmtoken(id) && taken.insert(id).second) {
        xml_ids_[v] = id;
      } else {
        pending.push_back(v);
      }
    }
    for (Graph::Vertex v : pending) xml_ids_[v] = Unique(io::ToNmtoken(g_.node(v).id), &taken);
    // Order by the ids written, so that reading the file back and writing it
    // again gives the same order.
    remapped_ = !pending.empty();
    if (remapped_) {
      std::sort(nodes_.begin(), nodes_.end(),
                [&](Graph::Vertex a, Graph::Vertex b) { return xml_ids_[a] < xml_ids_[b]; });
    }
  }

  std::vector<Graph::Edge> SortedEdges() const {
    std::vector<Graph::Edge> edges = g_.SortedEdges();
    if (remapped_) {
      auto key = [&](const Graph::Edge& e) {
        return std::tie(xml_ids_[g_.source(e)], g_.edge(e).type, xml_ids_[g_.target(e)]);
      };
      std::stable_sort(edges.begin(), edges.end(),
                       [&](const Graph::Edge& a, const Graph::Edge& b) { return key(a) < key(b); });
    }
    return edges;
  }

  void WriteKey(const Domain& d, const KeyRef& k) {
    buf_.append("  <key id=\"");
    io::AppendXmlEscaped(k.id, true, &buf_);
    buf_.append("\" for=\"").append(d.for_name).append("\" attr.name=\"");
    io::AppendXmlEscaped(k.attr_name, true, &buf_);
    buf_.append("\" attr.type=\"");
    io::AppendXmlEscaped(k.type, true, &buf_);
    if (k.description.empty()) {
      buf_.append("\"/>\n");
      return;
    }
    buf_.append("\"><desc>");
    io::AppendXmlEscaped(k.description, false, &buf_);
    buf_.append("</desc></key>\n");
  }

  // <data key="id">value</data>, omitted when value is empty.
  void Data(const char* indent, const std::string& key_id, std::string_view value) {
    if (value.empty()) return;
    buf_.append(indent).append("<data key=\"").append(key_id).append("\">");
    io::AppendXmlEscaped(value, false, &buf_);
    buf_.append("</data>\n");
  }
  // Same for a value already formatted in scratch_.
  void DataScratch(const char* indent, const std::string& key_id) {
    Data(indent, key_id, scratch_);
  }

  void WriteGraphData() {
    const auto& attrs = g_.attributes();
    for (const KeyRef& k : graph_.keys) {
      auto it = attrs.find(k.attr_name);
      if (it != attrs.end()) Data("    ", k.id, it->second);
    }
    for (const auto& [name, value] : attrs) {
      auto it = graph_.extra_index.find(name);
      if (it != graph_.extra_index.end()) Data("    ", graph_.extras[it->second].id, value);
    }
  }

  void WriteNode(Graph::Vertex v) {
    const NodeData& n = g_.node(v);
    buf_.append("    <node id=\"");
    io::AppendXmlEscaped(xml_ids_[v], true, &buf_);
    buf_.append("\">\n");
    constexpr const char* kIn = "      ";
    std::optional<Rgb> hooked = options_.node_color ? options_.node_color(n) : std::nullopt;
    Rgb rgb = hooked ? *hooked : ontology_.NodeColor(n.type, n.kind);
    for (const KeyRef& k : node_.keys) {
      switch (static_cast<io::NodeField>(k.field)) {
        case io::NodeField::kType: Data(kIn, k.id, n.type); break;
        case io::NodeField::kKind: Data(kIn, k.id, n.kind); break;
        case io::NodeField::kLabel: Data(kIn, k.id, n.label); break;
        case io::NodeField::kIso3: Data(kIn, k.id, n.iso3); break;
        case io::NodeField::kAliases:
          scratch_.clear();
          for (const std::string& a : n.aliases) {
            if (!scratch_.empty()) scratch_ += '|';
            scratch_ += a;
          }
          DataScratch(kIn, k.id);
          break;
        case io::NodeField::kMentions:
          scratch_.clear();
          AppendInt(n.mentions, &scratch_);
          DataScratch(kIn, k.id);
          break;
        case io::NodeField::kR:
        case io::NodeField::kG:
        case io::NodeField::kB:
          scratch_.clear();
          AppendInt(rgb[static_cast<int>(k.field) - static_cast<int>(io::NodeField::kR)],
                    &scratch_);
          DataScratch(kIn, k.id);
          break;
        case io::NodeField::kSize: {
          scratch_.clear();
          double size = 10.0 + 5.0 * std::sqrt(std::max(0, n.mentions));
          char buf[32];
          auto r = std::to_chars(buf, buf + sizeof buf, size, std::chars_format::general, 6);
          scratch_.append(buf, r.ptr);
          DataScratch(kIn, k.id);
          break;
        }
        case io::NodeField::kOther: {
          auto it = n.extra.find(k.attr_name);
          if (it != n.extra.end()) Data(kIn, k.id, it->second);
          break;
        }
      }
    }
    for (const auto& [name, value] : n.extra) {
      auto it = node_.extra_index.find(name);
      if (it != node_.extra_index.end()) Data(kIn, node_.extras[it->second].id, value);
    }
    buf_.append("    </node>\n");
    MaybeFlush();
  }

  void WriteEdge(const Graph::Edge& e, std::size_t number) {
    const EdgeData& d = g_.edge(e);
    buf_.append("    <edge id=\"e");
    AppendInt(static_cast<long long>(number), &buf_);
    buf_.append("\" source=\"");
    io::AppendXmlEscaped(xml_ids_[g_.source(e)], true, &buf_);
    buf_.append("\" target=\"");
    io::AppendXmlEscaped(xml_ids_[g_.target(e)], true, &buf_);
    buf_.append("\">\n");
    constexpr const char* kIn = "      ";
    for (const KeyRef& k : edge_.keys) {
      switch (static_cast<io::EdgeField>(k.field)) {
        case io::EdgeField::kType: Data(kIn, k.id, d.type); break;
        case io::EdgeField::kLabel: Data(kIn, k.id, d.label); break;
        case io::EdgeField::kAssertedBy: Data(kIn, k.id, d.asserted_by); break;
        case io::EdgeField::kDate: Data(kIn, k.id, d.date); break;
        case io::EdgeField::kEvidence:
          // A line break inside a sentence would split it in two on reading.
          scratch_.clear();
          io::AppendEvidenceText(d, &scratch_);
          DataScratch(kIn, k.id);
          break;
        case io::EdgeField::kOffsets:
          scratch_.clear();
          io::AppendEvidenceOffsets(d, &scratch_);
          DataScratch(kIn, k.id);
          break;
        case io::EdgeField::kArticle:
          scratch_.clear();
          io::AppendEvidenceArticles(d, &scratch_);
          DataScratch(kIn, k.id);
          break;
        case io::EdgeField::kConfidence:
          scratch_.clear();
          AppendDouble(d.confidence, &scratch_);
          DataScratch(kIn, k.id);
          break;
        case io::EdgeField::kWeight:
          scratch_.clear();
          AppendInt(std::max(1, d.weight), &scratch_);  // Gephi drops weight-0 edges
          DataScratch(kIn, k.id);
          break;
        case io::EdgeField::kOther: {
          auto it = d.roles.find(k.attr_name);
          if (it != d.roles.end()) Data(kIn, k.id, it->second);
          break;
        }
      }
    }
    if (std::optional<Rgb> rgb = options_.edge_color ? options_.edge_color(d) : std::nullopt) {
      std::map<std::string, std::string> extra = d.extra;
      for (int i = 0; i < 3; ++i) extra[std::string(1, "rgb"[i])] = std::to_string((*rgb)[i]);
      WriteEdgeExtras(d.roles, extra, kIn);
    } else {
      WriteEdgeExtras(d.roles, d.extra, kIn);
    }
    buf_.append("    </edge>\n");
    MaybeFlush();
  }

  // Roles without a key-file key and extra attributes, merged by name (a
  // role wins over an extra attribute of the same name).
  void WriteEdgeExtras(const std::map<std::string, std::string>& roles,
                       const std::map<std::string, std::string>& extras, const char* indent) {
    if (edge_.extras.empty()) return;
    auto role = roles.begin();
    auto extra = extras.begin();
    auto skip_keyed_roles = [&] {
      while (role != roles.end() && edge_.key_file_names.count(role->first)) ++role;
    };
    skip_keyed_roles();
    while (role != roles.end() || extra != extras.end()) {
      const std::pair<const std::string, std::string>* item;
      if (extra == extras.end() || (role != roles.end() && role->first <= extra->first)) {
        if (extra != extras.end() && extra->first == role->first) ++extra;
        item = &*role++;
        skip_keyed_roles();
      } else {
        item = &*extra++;
      }
      auto it = edge_.extra_index.find(item->first);
      if (it != edge_.extra_index.end()) Data(indent, edge_.extras[it->second].id, item->second);
    }
  }

  void MaybeFlush() {
    if (buf_.size() >= kFlushBytes) Flush();
  }
  void Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

  const Graph& g_;
  const Ontology& ontology_;
  std::ostream& out_;
  const GraphmlWriteOptions& options_;
  std::string buf_;
  std::string scratch_;
  Domain graph_{"graph"}, node_{"node"}, edge_{"edge"};
  std::vector<Graph::Vertex> nodes_;
  std::vector<std::string> xml_ids_;  // by vertex
  bool remapped_ = false;             // some node id was not an NMTOKEN
};

}  // namespace

Status WriteGraphml(const Graph& g, const Ontology& ontology, std::ostream& out,
                    const GraphmlWriteOptions& options) {
  return GraphmlWriter(g, ontology, out, options).Write();
}

}  // namespace newsgraph
