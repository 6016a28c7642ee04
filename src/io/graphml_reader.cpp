// GraphML reader on RapidXML: parses a private copy of the document in place
// (entities and numeric character references translated), then walks it.
// Errors give source:line:column of the offending element.
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include <rapidxml.hpp>

#include "io/graphml_fields.hpp"
#include "newsgraph/graphml.hpp"

namespace newsgraph {
namespace {

using XmlNode = rapidxml::xml_node<char>;
using XmlAttr = rapidxml::xml_attribute<char>;

constexpr int kParseFlags = rapidxml::parse_validate_closing_tags |
                            rapidxml::parse_no_string_terminators |
                            rapidxml::parse_declaration_node;

enum class Domain { kGraph, kNode, kEdge, kAll, kOther };

struct Key {
  std::string_view id;
  std::string_view name;  // attr.name, else the id
  Domain domain = Domain::kAll;
  std::string default_value;
  bool has_default = false;
  const char* where = nullptr;
  // What the name means, worked out once per key rather than per <data>.
  io::NodeField node_field = io::NodeField::kOther;
  io::EdgeField edge_field = io::EdgeField::kOther;
  bool role = false;              // an edge role of the key file
  std::string_view node_extra;    // the name to keep it under in NodeData::extra
  std::string_view edge_extra;    // ... in EdgeData::extra
  mutable const Key* next = nullptr;  // the key that followed this one last time
};

std::string_view Name(const XmlNode* n) { return {n->name(), n->name_size()}; }
std::string_view Value(const XmlAttr* a) { return {a->value(), a->value_size()}; }

const XmlAttr* Attr(const XmlNode* n, const char* name) {
  return n->first_attribute(name, std::strlen(name));
}

// GraphML elements are unprefixed; a prefixed element (yFiles' <y:...>) is
// a foreign extension.
bool IsForeign(const XmlNode* n) { return Name(n).find(':') != std::string_view::npos; }

bool ParseInt(std::string_view s, long long* out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  if (r.ec == std::errc() && r.ptr == s.data() + s.size()) return true;
  double d;
  auto rd = std::from_chars(s.data(), s.data() + s.size(), d);
  // Range first: casting an out-of-range double is undefined.
  if (rd.ec != std::errc() || rd.ptr != s.data() + s.size() || !(std::fabs(d) < 9e18) ||
      d != static_cast<double>(static_cast<long long>(d))) {
    return false;
  }
  *out = static_cast<long long>(d);
  return true;
}

bool ParseDouble(std::string_view s, double* out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// Splits on sep into *out keeping empty pieces ("" gives no piece).
std::vector<std::string_view>& SplitKeep(std::string_view s, char sep,
                                         std::vector<std::string_view>* pieces) {
  auto& out = *pieces;
  out.clear();
  if (s.empty()) return out;
  std::size_t start = 0;
  for (;;) {
    std::size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos
                                                               : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

// The raw per-evidence attributes of an edge, joined up once all are read.
// Views into the document or into ReadData's scratch, alive until the edge
// is built.
struct EvidenceParts {
  std::string_view text, offsets, article;
};

class GraphmlReader {
 public:
  GraphmlReader(std::string_view xml, std::string_view source, const Ontology& ontology)
      : xml_(xml), source_(source), ontology_(ontology) {
    for (const KeyInfo& k : ontology_.edge_keys()) {
      if (io::EdgeFieldOf(k.name) == io::EdgeField::kOther) role_names_.insert(k.name);
    }
  }

  // Builds the graph in place in the Result, returned as the only return
  // value (NRVO): Graph has no move constructor, so a copy would cost as much
  // as the whole parse.
  Result<Graph> Read() {
    Result<Graph> result{Graph()};
    graph_ = &result.value();
    Status s = Parse();
    if (!s.ok()) result = Result<Graph>(std::move(s));
    return result;
  }

 private:
  Status Parse() {
    if (xml_.size() >= 2 && ((xml_[0] == '\xFF' && xml_[1] == '\xFE') ||
                             (xml_[0] == '\xFE' && xml_[1] == '\xFF'))) {
      return Status::Unsupported(source_ + ": UTF-16 GraphML is not supported; convert it to "
                                           "UTF-8");
    }
    if (std::size_t at = DoctypeOffset(); at != std::string_view::npos) {
      return Status::Unsupported(Where(at) + ": a DOCTYPE is refused (its entities could expand "
                                             "without bound): " + QuoteInput(xml_.substr(at, 30)));
    }
    buffer_.reset(new char[xml_.size() + 1]);
    std::memcpy(buffer_.get(), xml_.data(), xml_.size());
    buffer_[xml_.size()] = '\0';
    rapidxml::xml_document<> doc;
    try {
      // Without data nodes RapidXML keeps only the first text of an element
      // and drops CDATA: fine for our own files (neither CDATA nor comments),
      // and half the nodes. Other files get the full parse.
      if (!HasCdataOrComment()) {
        doc.parse<kParseFlags | rapidxml::parse_no_data_nodes>(buffer_.get());
      } else {
        doc.parse<kParseFlags>(buffer_.get());
      }
    } catch (const rapidxml::parse_error& e) {
      const char* at = e.where<char>();
      return Status::InvalidInput(Where(at) + ": malformed XML: " + e.what() + " at " +
                                  QuoteInput(std::string_view(at, std::strlen(at)), 30));
    }
    return Walk(doc);
  }

 private:
  // Whether the document holds CDATA or a comment (one pass over "<!").
  bool HasCdataOrComment() const {
    // '!' is rare in text, so memchr for it runs at memory speed.
    const char* p = xml_.data();
    const char* end = xml_.data() + xml_.size();
    while (const void* hit = std::memchr(p, '!', static_cast<std::size_t>(end - p))) {
      const char* bang = static_cast<const char*>(hit);
      if (bang > xml_.data() && bang[-1] == '<') {
        std::string_view rest(bang - 1, static_cast<std::size_t>(end - bang + 1));
        if (rest.substr(0, 4) == "<!--" || rest.substr(0, 9) == "<![CDATA[") return true;
      }
      p = bang + 1;
    }
    return false;
  }

  // Byte offset of a DOCTYPE in the prolog, or npos.
  std::size_t DoctypeOffset() const {
    std::size_t i = xml_.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    while (i < xml_.size()) {
      char c = xml_[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        ++i;
      } else if (xml_.compare(i, 2, "<?") == 0) {
        i = xml_.find("?>", i);
        if (i == std::string_view::npos) return i;
        i += 2;
      } else if (xml_.compare(i, 4, "<!--") == 0) {
        i = xml_.find("-->", i);
        if (i == std::string_view::npos) return i;
        i += 3;
      } else if (xml_.compare(i, 9, "<!DOCTYPE") == 0) {
        return i;
      } else {
        break;
      }
    }
    return std::string_view::npos;
  }

  // "source:line:column" of a byte offset; columns count characters.
  std::string Where(std::size_t offset) const {
    offset = std::min(offset, xml_.size());
    std::size_t line = 1, line_start = 0;
    for (const char* p = xml_.data(); (p = static_cast<const char*>(
                                           std::memchr(p, '\n', xml_.data() + offset - p)));
         ++p) {
      ++line;
      line_start = static_cast<std::size_t>(p - xml_.data()) + 1;
    }
    std::size_t column = 1;
    for (std::size_t i = line_start; i < offset; ++i) {
      if ((static_cast<unsigned char>(xml_[i]) & 0xC0) != 0x80) ++column;
    }
    return source_ + ":" + std::to_string(line) + ":" + std::to_string(column);
  }
  std::string Where(const char* p) const {
    return Where(p ? static_cast<std::size_t>(p - buffer_.get()) : 0);
  }
  // Position of an element: its '<'.
  std::string Where(const XmlNode* n) const { return Where(n->name() - 1); }

  Status Invalid(const XmlNode* n, const std::string& msg) const {
    return Status::InvalidInput(Where(n) + ": " + msg);
  }
  Status Refuse(const XmlNode* n, const std::string& msg) const {
    return Status::Unsupported(Where(n) + ": " + msg);
  }

  Status Walk(const rapidxml::xml_document<>& doc) {
    const XmlNode* root = nullptr;
    for (const XmlNode* n = doc.first_node(); n; n = n->next_sibling()) {
      if (n->type() == rapidxml::node_declaration) {
        const XmlAttr* enc = Attr(n, "encoding");
        if (enc && !EqualsNoCase(Value(enc), "utf-8") && !EqualsNoCase(Value(enc), "us-ascii")) {
          return Status::Unsupported(Where(enc->value()) + ": encoding " +
                                     QuoteInput(Value(enc)) + " is not supported (UTF-8 only)");
        }
      } else if (n->type() == rapidxml::node_element && !root) {
        root = n;
      }
    }
    if (!root || Name(root) != "graphml") {
      return Status::InvalidInput((root ? Where(root) : source_) +
                                  ": the root element is not <graphml>" +
                                  (root ? ": " + QuoteInput(Name(root)) : std::string()));
    }
    const XmlNode* graph = nullptr;
    for (const XmlNode* n = root->first_node(); n; n = n->next_sibling()) {
      if (n->type() != rapidxml::node_element || IsForeign(n)) continue;
      std::string_view name = Name(n);
      if (name == "key") {
        NEWSGRAPH_RETURN_IF_ERROR(ReadKey(n));
      } else if (name == "graph") {
        if (graph) return Refuse(n, "more than one <graph> in a file is not supported");
        graph = n;
      } else if (name == "data") {
        // <data> of <graphml> itself: kept as graph attributes.
        NEWSGRAPH_RETURN_IF_ERROR(ReadGraphDatum(n, &scratch_));
      } else if (name != "desc") {
        return Invalid(n, "unexpected element <" + std::string(name) + "> in <graphml>");
      }
    }
    if (!graph) return Status::InvalidInput(Where(root) + ": no <graph> element in <graphml>");
    return ReadGraph(graph);
  }

  static bool EqualsNoCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
    }
    return true;
  }

  Status ReadKey(const XmlNode* n) {
    const XmlAttr* id = Attr(n, "id");
    if (!id || id->value_size() == 0) return Invalid(n, "<key> without an id");
    Key key;
    key.id = Value(id);
    key.where = n->name() - 1;
    const XmlAttr* name = Attr(n, "attr.name");
    key.name = name ? Value(name) : key.id;
    ResolveName(&key);
    const XmlAttr* domain = Attr(n, "for");
    std::string_view d = domain ? Value(domain) : "all";
    key.domain = d == "node"                       ? Domain::kNode
                 : d == "edge"                     ? Domain::kEdge
                 : d == "graph" || d == "graphml"  ? Domain::kGraph
                 : d == "all"                      ? Domain::kAll
                                                   : Domain::kOther;  // port, hyperedge ...
    if (const XmlNode* def = n->first_node("default", 7)) {
      key.has_default = true;
      key.default_value = TextOf(def);
      has_defaults_ = true;
    }
    if (!keys_.emplace(key.id, std::move(key)).second) {
      return Invalid(n, "duplicate key id " + QuoteInput(Value(id)));
    }
    return Status::Ok();
  }

  // An extra attribute named like one of our fields was written as
  // kExtraPrefix + name (see the writer): it goes back under its own name.
  void ResolveName(Key* key) const {
    key->node_field = io::NodeFieldOf(key->name);
    key->edge_field = io::EdgeFieldOf(key->name);
    key->role = key->edge_field == io::EdgeField::kOther && role_names_.count(key->name);
    std::string_view rest;
    if (key->name.substr(0, io::kExtraPrefix.size()) == io::kExtraPrefix) {
      rest = key->name.substr(io::kExtraPrefix.size());
    }
    bool node_ours = !rest.empty() && io::NodeFieldOf(rest) != io::NodeField::kOther;
    bool edge_ours = !rest.empty() && (io::EdgeFieldOf(rest) != io::EdgeField::kOther ||
                                       role_names_.count(rest));
    key->node_extra = node_ours ? rest : key->name;
    key->edge_extra = edge_ours ? rest : key->name;
  }

  // The text of an element: its data and CDATA children, joined (or its
  // value, when the document was parsed without data nodes).
  static std::string TextOf(const XmlNode* n) {
    std::string out;
    bool any = false;
    for (const XmlNode* c = n->first_node(); c; c = c->next_sibling()) {
      if (c->type() == rapidxml::node_data || c->type() == rapidxml::node_cdata) {
        out.append(c->value(), c->value_size());
        any = true;
      }
    }
    if (!any) out.assign(n->value(), n->value_size());
    return out;
  }

  // Finds the key of a <data> element and checks it applies to domain.
  // Returns nullptr (and OK) for data to skip.
  Status DataKey(const XmlNode* data, Domain domain, const Key** key, std::string_view* value,
                 std::deque<std::string>* scratch) {
    *key = nullptr;
    const XmlAttr* k = Attr(data, "key");
    if (!k) return Invalid(data, "<data> without a key");
    // Elements mostly give their <data> in the same key order: try the key
    // that followed the previous one last time before hashing.
    const std::string_view id = Value(k);
    const Key*& guess = previous_key_ ? previous_key_->next : first_key_;
    const Key* found = guess;
    if (!found || found->id != id) {
      auto it = keys_.find(id);
      if (it == keys_.end()) return Invalid(data, "unknown key " + QuoteInput(id));
      found = guess = &it->second;
    }
    previous_key_ = found;
    if (found->domain != domain && found->domain != Domain::kAll) {
      return Invalid(data, "key " + QuoteInput(Value(k)) + " is not declared for " +
                               (domain == Domain::kNode   ? "nodes"
                                : domain == Domain::kEdge ? "edges"
                                                          : "the graph"));
    }
    // The common case: one text child, used in place.
    const XmlNode* first = data->first_node();
    if (!first) {
      *value = {data->value(), data->value_size()};
    } else if (!first->next_sibling() && first->type() == rapidxml::node_data) {
      *value = {first->value(), first->value_size()};
    } else {
      for (const XmlNode* c = first; c; c = c->next_sibling()) {
        // Structured payloads (yFiles graphics) are not attributes: skip them.
        if (c->type() == rapidxml::node_element) return Status::Ok();
      }
      scratch->push_back(TextOf(data));
      *value = scratch->back();
    }
    *key = found;
    return Status::Ok();
  }

  Status ReadGraphDatum(const XmlNode* data, std::deque<std::string>* scratch) {
    const Key* key;
    std::string_view value;
    NEWSGRAPH_RETURN_IF_ERROR(DataKey(data, Domain::kGraph, &key, &value, scratch));
    if (key) graph_->attributes()[std::string(key->name)] = std::string(value);
    return Status::Ok();
  }

  Status ReadGraph(const XmlNode* graph) {
    if (const XmlAttr* ed = Attr(graph, "edgedefault")) {
      if (Value(ed) != "directed" && Value(ed) != "undirected") {
        return Invalid(graph, "edgedefault must be directed or undirected, not " +
                                  QuoteInput(Value(ed)));
      }
    }
    ApplyGraphDefaults();
    // Nodes first (edges may name nodes that come later), in one pass.
    std::vector<const XmlNode*> edges;
    std::deque<std::string> scratch;
    for (const XmlNode* n = graph->first_node(); n; n = n->next_sibling()) {
      if (n->type() != rapidxml::node_element || IsForeign(n)) continue;
      std::string_view name = Name(n);
      if (name == "node") {
        NEWSGRAPH_RETURN_IF_ERROR(ReadNode(n));
      } else if (name == "edge") {
        edges.push_back(n);
      } else if (name == "data") {
        NEWSGRAPH_RETURN_IF_ERROR(ReadGraphDatum(n, &scratch));
      } else if (name == "hyperedge") {
        return Refuse(n, "hyperedges are not supported");
      } else if (name == "locator") {
        return Refuse(n, "<locator> (a graph in another file) is not supported");
      } else if (name != "desc") {
        return Invalid(n, "unexpected element <" + std::string(name) + "> in <graph>");
      }
    }
    for (std::size_t i = 0; i < edges.size(); ++i) {
      NEWSGRAPH_RETURN_IF_ERROR(ReadEdge(edges[i], i));
    }
    return Status::Ok();
  }

  void ApplyGraphDefaults() {
    for (const auto& [id, key] : keys_) {
      if (key.has_default && key.domain == Domain::kGraph) {
        graph_->attributes().emplace(std::string(key.name), key.default_value);
      }
    }
  }

  // Refuses what we cannot represent inside a node or an edge.
  Status CheckChild(const XmlNode* c, std::string_view owner, std::string_view owner_id) {
    std::string_view name = Name(c);
    if (name == "data" || name == "desc") return Status::Ok();
    std::string what = std::string(owner) + " " + QuoteInput(owner_id);
    if (name == "graph") return Refuse(c, "a nested <graph> inside " + what + " is not supported");
    if (name == "port") return Refuse(c, "<port> in " + what + " is not supported");
    return Invalid(c, "unexpected element <" + std::string(name) + "> in " + what);
  }

  Status ReadNode(const XmlNode* n) {
    const XmlAttr* id = Attr(n, "id");
    if (!id) return Invalid(n, "<node> without an id");
    std::string_view node_id = Value(id);
    if (vertices_.count(node_id)) return Invalid(n, "duplicate node id " + QuoteInput(node_id));
    NodeData node;
    node.id = std::string(node_id);
    NEWSGRAPH_RETURN_IF_ERROR(ReadData(n, Domain::kNode, node_id, [&](const Key& key,
                                                                       std::string_view value) {
      SetNodeField(key, value, &node);
    }));
    vertices_.emplace(node_id, graph_->AddNode(std::move(node)));
    return Status::Ok();
  }

  // Calls set(name, value) for each <data> child of a node or an edge, then
  // for each key with a default the element does not give.
  template <typename Set>
  Status ReadData(const XmlNode* n, Domain domain, std::string_view owner_id, const Set& set) {
    seen_.clear();
    scratch_.clear();
    previous_key_ = nullptr;
    const char* owner = domain == Domain::kNode ? "node" : "edge";
    for (const XmlNode* c = n->first_node(); c; c = c->next_sibling()) {
      if (c->type() != rapidxml::node_element || IsForeign(c)) continue;
      NEWSGRAPH_RETURN_IF_ERROR(CheckChild(c, owner, owner_id));
      if (Name(c) != "data") continue;
      const Key* key;
      std::string_view value;
      NEWSGRAPH_RETURN_IF_ERROR(DataKey(c, domain, &key, &value, &scratch_));
      if (!key) continue;
      if (has_defaults_) seen_.insert(key->id);
      set(*key, value);
    }
    if (!has_defaults_) return Status::Ok();
    for (const auto& [id, key] : keys_) {
      if (key.has_default && (key.domain == domain || key.domain == Domain::kAll) &&
          !seen_.count(id)) {
        set(key, key.default_value);
      }
    }
    return Status::Ok();
  }

  static void SetExtra(std::string_view name, std::string_view value,
                       std::map<std::string, std::string>* extra) {
    (*extra)[std::string(name)] = std::string(value);
  }

  void SetNodeField(const Key& key, std::string_view value, NodeData* node) {
    long long number;
    switch (key.node_field) {
      case io::NodeField::kType: node->type = value; break;
      case io::NodeField::kKind: node->kind = value; break;
      case io::NodeField::kLabel: node->label = value; break;
      case io::NodeField::kIso3: node->iso3 = value; break;
      case io::NodeField::kAliases: node->aliases = SplitValues(value); break;
      case io::NodeField::kMentions:
        if (ParseInt(value, &number)) {
          node->mentions = static_cast<int>(number);
        } else {
          SetExtra(key.name, value, &node->extra);
        }
        break;
      case io::NodeField::kR:
      case io::NodeField::kG:
      case io::NodeField::kB:
      case io::NodeField::kSize:
        break;  // display values, derived from type and mentions on writing
      case io::NodeField::kOther: SetExtra(key.node_extra, value, &node->extra); break;
    }
  }

  Status ReadEdge(const XmlNode* n, std::size_t number) {
    const XmlAttr* id = Attr(n, "id");
    // The edge's name for messages, built only when one is needed.
    std::string unnamed;
    if (!id) unnamed = "#" + std::to_string(number);
    const std::string_view edge_id = id ? Value(id) : std::string_view(unnamed);
    if (Attr(n, "sourceport") || Attr(n, "targetport")) {
      return Refuse(n, "ports (sourceport/targetport) on edge " + QuoteInput(edge_id) +
                           " are not supported");
    }
    Graph::Vertex ends[2];
    const char* end_names[2] = {"source", "target"};
    for (int i = 0; i < 2; ++i) {
      const XmlAttr* a = Attr(n, end_names[i]);
      if (!a) return Invalid(n, "edge " + QuoteInput(edge_id) + " has no " + end_names[i]);
      // Edges come grouped by source: the last lookup of each end is often the answer.
      const std::string_view name = Value(a);
      if (!last_end_[i].first.empty() && last_end_[i].first == name) {
        ends[i] = last_end_[i].second;
        continue;
      }
      auto it = vertices_.find(name);
      if (it == vertices_.end()) {
        return Invalid(n, "edge " + QuoteInput(edge_id) + " names missing node " + QuoteInput(name));
      }
      ends[i] = it->second;
      last_end_[i] = {name, it->second};
    }
    EdgeData edge;
    EvidenceParts parts;
    NEWSGRAPH_RETURN_IF_ERROR(ReadData(n, Domain::kEdge, edge_id, [&](const Key& key,
                                                                       std::string_view value) {
      SetEdgeField(key, value, &edge, &parts);
    }));
    BuildEvidence(parts, &edge);
    graph_->AddEdge(ends[0], ends[1], std::move(edge));
    return Status::Ok();
  }

  void SetEdgeField(const Key& key, std::string_view value, EdgeData* edge,
                    EvidenceParts* parts) {
    long long number;
    switch (key.edge_field) {
      case io::EdgeField::kType: edge->type = value; break;
      case io::EdgeField::kLabel: edge->label = value; break;
      case io::EdgeField::kAssertedBy: edge->asserted_by = value; break;
      case io::EdgeField::kDate: edge->date = value; break;
      case io::EdgeField::kEvidence: parts->text = value; break;
      case io::EdgeField::kArticle: parts->article = value; break;
      case io::EdgeField::kOffsets: parts->offsets = value; break;
      case io::EdgeField::kConfidence:
        if (!ParseDouble(value, &edge->confidence)) {
          edge->confidence = 1.0;
          SetExtra(key.name, value, &edge->extra);
        }
        break;
      case io::EdgeField::kWeight:
        // Our weight counts statements; any other weight is kept verbatim.
        if (ParseInt(value, &number) && number >= 1 && number <= INT32_MAX) {
          edge->weight = static_cast<int>(number);
        } else {
          SetExtra(key.name, value, &edge->extra);
        }
        break;
      case io::EdgeField::kOther:
        SetExtra(key.role ? key.name : key.edge_extra, value,
                 key.role ? &edge->roles : &edge->extra);
        break;
    }
  }

  // Evidence piece i has line i of evidence, piece i of offsets ("b-e") and
  // of article. Malformed offsets are kept verbatim as an extra attribute.
  void BuildEvidence(const EvidenceParts& parts, EdgeData* edge) {
    auto& texts = SplitKeep(parts.text, io::kEvidenceSeparator, &split_[0]);
    auto& articles = SplitKeep(parts.article, io::kListSeparator, &split_[1]);
    auto& offsets = SplitKeep(parts.offsets, io::kListSeparator, &split_[2]);
    auto& spans = spans_;
    spans.clear();
    for (std::string_view o : offsets) {
      std::size_t dash = o.find('-');
      long long b, e;
      if (dash == std::string_view::npos || !ParseInt(o.substr(0, dash), &b) ||
          !ParseInt(o.substr(dash + 1), &e) || b < 0 || e < b) {
        spans.clear();
        edge->extra["offsets"] = parts.offsets;
        break;
      }
      spans.emplace_back(static_cast<std::size_t>(b), static_cast<std::size_t>(e));
    }
    std::size_t n = std::max({texts.size(), articles.size(), spans.size()});
    for (std::size_t i = 0; i < n; ++i) {
      Evidence ev;
      if (i < texts.size()) ev.text = texts[i];
      if (i < articles.size()) ev.article = articles[i];
      if (i < spans.size()) std::tie(ev.begin, ev.end) = spans[i];
      edge->evidence.push_back(std::move(ev));
    }
  }

  std::string_view xml_;
  std::string source_;
  const Ontology& ontology_;
  std::unique_ptr<char[]> buffer_;
  std::unordered_map<std::string_view, Key> keys_;  // node-based: Key pointers stay valid
  const Key* first_key_ = nullptr;     // the first key of the previous element
  const Key* previous_key_ = nullptr;  // the key of the previous <data> of this element
  bool has_defaults_ = false;
  std::unordered_set<std::string_view> seen_;  // key ids given on the current element
  std::unordered_set<std::string_view> role_names_;
  std::unordered_map<std::string_view, Graph::Vertex> vertices_;
  std::pair<std::string_view, Graph::Vertex> last_end_[2];  // last source and target looked up
  std::vector<std::string_view> split_[3];  // scratch of BuildEvidence
  // Joined texts of the current node or edge (values point into them until
  // the next one is read).
  std::deque<std::string> scratch_;
  std::vector<std::pair<std::size_t, std::size_t>> spans_;
  Graph* graph_ = nullptr;  // the graph being built, owned by Read()'s result
};

}  // namespace

Result<Graph> ReadGraphml(std::string_view xml, std::string_view source_name,
                          const Ontology& ontology) {
  return GraphmlReader(xml, source_name, ontology).Read();
}

}  // namespace newsgraph
