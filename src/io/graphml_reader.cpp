// GraphML reader on RapidXML, one element at a time: each <key>, <node>,
// <edge> and <data> is found by a scan of the tags (which bounds the nesting
// depth: RapidXML recurses once per level) and parsed in a private copy
// (entities and numeric character references translated). Errors give
// source:line:column of the offending element.
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include <rapidxml.hpp>

#include "io/graphml_fields.hpp"
#include "io/graphml_reader.hpp"
#include "io/xml_scan.hpp"
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

constexpr std::size_t npos = std::string_view::npos;
constexpr std::size_t kQuoted = 30;  // bytes of the input an error quotes at most

// The name of the tag at text[0] ('<' or "</").
std::string_view TagName(std::string_view tag) {
  std::size_t begin = tag.size() > 1 && tag[1] == '/' ? 2 : 1;
  std::size_t end = tag.find_first_of(" \t\r\n/>", begin);
  return tag.substr(begin, end == npos ? npos : end - begin);
}

// Reads the document element by element (io::ScanElement finds each one's
// end and bounds its depth), parsing each with RapidXML in a private copy
// that is reused: memory holds the graph, one element and the window.
class GraphmlReader {
 public:
  GraphmlReader(io::XmlWindow* input, std::string_view source, const Ontology& ontology)
      : in_(*input), source_(source), ontology_(ontology) {
    for (const KeyInfo& k : ontology_.edge_keys()) {
      if (io::EdgeFieldOf(k.name) == io::EdgeField::kOther) role_names_.insert(k.name);
    }
  }

  // Builds the graph in place in the Result, returned as the only return
  // value (NRVO).
  Result<Graph> Read() {
    Result<Graph> result{Graph()};
    graph_ = &result.value();
    Status s = Parse();
    if (!s.ok()) result = Result<Graph>(std::move(s));
    return result;
  }

 private:
  // --- the document, piece by piece ---------------------------------------

  // At least n bytes from offset at (fewer at the end of the input).
  std::string_view Peek(std::size_t at, std::size_t n) {
    while (in_.From(at).size() < n && in_.ReadMore(at)) {
    }
    return in_.From(at).substr(0, n);
  }

  // Moves *at to the next '<'; *found is false at the end of the input (*at
  // is then the end). With space_only, anything but white space before it is
  // an error.
  Status NextMarkup(std::size_t* at, bool space_only, bool* found) {
    for (;;) {
      std::string_view rest = in_.From(*at);
      std::size_t lt = rest.find('<');
      if (space_only) {
        std::size_t bad = rest.substr(0, lt).find_first_not_of(" \t\r\n");
        if (bad != npos) return Malformed(*at + bad, "expected <", Peek(*at + bad, kQuoted));
      }
      if (lt != npos) {
        *at += lt;
        *found = true;
        return Status::Ok();
      }
      *at += rest.size();
      if (!in_.ReadMore(*at)) {
        *found = false;
        return in_.failed() ? ReadFailed() : Status::Ok();
      }
    }
  }

  // Skips a comment, CDATA section, processing instruction or declaration at
  // *at (its '<'); *skipped tells whether there was one.
  Status SkipMisc(std::size_t* at, bool* skipped) {
    std::string_view head = Peek(*at, 9);
    std::string_view end = head.substr(0, 4) == "<!--"        ? "-->"
                           : head.substr(0, 9) == "<![CDATA[" ? "]]>"
                           : head.substr(0, 2) == "<?"        ? "?>"
                           : head.substr(0, 2) == "<!"        ? ">"
                                                              : "";
    *skipped = !end.empty();
    if (!*skipped) return Status::Ok();
    for (std::size_t from = 2;;) {
      std::string_view rest = in_.From(*at);
      std::size_t hit = rest.find(end, from);
      if (hit != npos) {
        *at += hit + end.size();
        return Status::Ok();
      }
      from = rest.size() < end.size() ? 0 : rest.size() - end.size();
      if (!in_.ReadMore(*at)) return Truncated(*at);
    }
  }

  // The start tag at *at, whole in the window; *length is its length.
  Status StartTag(std::size_t at, std::size_t* length) {
    while ((*length = io::TagLength(in_.From(at))) == npos) {
      if (!in_.ReadMore(at)) return Truncated(at);
    }
    return Status::Ok();
  }

  // Parses the element at at ('<' of its start tag), nested in depth open
  // elements, into *element (valid until the next parse); *end is the offset
  // just past it.
  Status ParseElement(std::size_t at, int depth, const XmlNode** element, std::size_t* end) {
    std::string_view text;
    for (;;) {
      text = in_.From(at);
      io::ElementScan scan = io::ScanElement(text, depth, kMaxGraphmlDepth);
      if (scan.outcome == io::ElementScan::kComplete) {
        text = text.substr(0, scan.end);
        break;
      }
      if (scan.outcome == io::ElementScan::kTooDeep) {
        return Status::InvalidInput(Where(at + scan.end) + ": XML elements nested deeper than " +
                                    std::to_string(kMaxGraphmlDepth) + " levels (limit " +
                                    std::to_string(kMaxGraphmlDepth) + ")");
      }
      if (!in_.ReadMore(at)) {
        if (in_.failed()) return ReadFailed();
        // The input ends inside the element: the parser says where.
        text = in_.From(at);
        break;
      }
    }
    NEWSGRAPH_RETURN_IF_ERROR(ParseText(text, at));
    *element = doc_.first_node();
    *end = at + text.size();
    if (!*element) return Truncated(*end);
    return Status::Ok();
  }

  // Parses text (a whole element, or a declaration), found at offset at;
  // added is the index of a byte of text that the document does not have
  // (npos: none).
  Status ParseText(std::string_view text, std::size_t at, std::size_t added = npos) {
    chunk_.assign(text.begin(), text.end());
    chunk_.push_back('\0');
    chunk_at_ = at;
    chunk_added_ = added;
    doc_.clear();
    try {
      // Without data nodes RapidXML keeps only the first text of an element
      // and drops CDATA: fine for our own files (neither CDATA nor comments),
      // and half the nodes. Other elements get the full parse.
      if (!HasCdataOrComment(text)) {
        doc_.parse<kParseFlags | rapidxml::parse_no_data_nodes>(chunk_.data());
      } else {
        doc_.parse<kParseFlags>(chunk_.data());
      }
    } catch (const rapidxml::parse_error& e) {
      // Where and what are the document's, not the copy's: they do not
      // depend on how much of the document the window holds.
      const std::size_t offset = Offset(e.where<char>());
      return Malformed(offset, e.what(), Peek(offset, kQuoted));
    }
    return Status::Ok();
  }

  // Whether text holds CDATA or a comment ("<!").
  static bool HasCdataOrComment(std::string_view text) {
    for (std::size_t at = text.find("<!"); at != npos; at = text.find("<!", at + 2)) {
      if (text.compare(at, 4, "<!--") == 0 || text.compare(at, 9, "<![CDATA[") == 0) return true;
    }
    return false;
  }

  Status Parse() {
    std::string_view head = Peek(0, 4);
    if (in_.failed()) return ReadFailed();
    if (head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') ||
                             (head[0] == '\xFE' && head[1] == '\xFF'))) {
      return Status::Unsupported(source_ + ": UTF-16 GraphML is not supported; convert it to "
                                           "UTF-8");
    }
    std::size_t at = head.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    // The prolog: the declaration, comments and processing instructions.
    for (;;) {
      bool found = false;
      NEWSGRAPH_RETURN_IF_ERROR(NextMarkup(&at, /*space_only=*/true, &found));
      if (!found) return Status::InvalidInput(source_ + ": the root element is not <graphml>");
      in_.Forget(at);
      std::string_view tag = Peek(at, 9);
      if (tag.substr(0, 9) == "<!DOCTYPE") {
        return Status::Unsupported(Where(at) + ": a DOCTYPE is refused (its entities could expand "
                                               "without bound): " +
                                   QuoteInput(Peek(at, kQuoted)));
      }
      if (tag.substr(0, 5) == "<?xml" && tag.size() > 5 &&
          std::strchr(" \t\r\n?", tag[5]) != nullptr) {
        std::size_t end = at;
        bool skipped;
        NEWSGRAPH_RETURN_IF_ERROR(SkipMisc(&end, &skipped));
        NEWSGRAPH_RETURN_IF_ERROR(ReadDeclaration(at, end));
        at = end;
        continue;
      }
      bool skipped;
      NEWSGRAPH_RETURN_IF_ERROR(SkipMisc(&at, &skipped));
      if (!skipped) break;
    }
    // The root element's start tag.
    std::size_t length;
    NEWSGRAPH_RETURN_IF_ERROR(StartTag(at, &length));
    std::string_view tag = in_.From(at).substr(0, length);
    root_where_ = Where(at);
    if (TagName(tag) != "graphml") {
      return Status::InvalidInput(Where(at) + ": the root element is not <graphml>: " +
                                  QuoteInput(TagName(tag)));
    }
    NEWSGRAPH_RETURN_IF_ERROR(ParseStartTag(at, length));
    bool graph = false;
    if (tag[length - 2] != '/') {
      NEWSGRAPH_RETURN_IF_ERROR(ReadGraphmlChildren(at + length, &graph));
    }
    if (!graph) return Status::InvalidInput(root_where_ + ": no <graph> element in <graphml>");
    return Status::Ok();
  }

  // The start tag of length bytes at at, parsed as an empty element (which
  // checks its attributes).
  Status ParseStartTag(std::size_t at, std::size_t length) {
    std::string text(in_.From(at).substr(0, length));
    if (text[length - 2] == '/') return ParseText(text, at);
    text.insert(length - 1, "/");
    return ParseText(text, at, length - 1);
  }

  Status ReadDeclaration(std::size_t at, std::size_t end) {
    NEWSGRAPH_RETURN_IF_ERROR(ParseText(in_.From(at).substr(0, end - at), at));
    for (const XmlNode* n = doc_.first_node(); n; n = n->next_sibling()) {
      if (n->type() != rapidxml::node_declaration) continue;
      const XmlAttr* enc = Attr(n, "encoding");
      if (enc && !EqualsNoCase(Value(enc), "utf-8") && !EqualsNoCase(Value(enc), "us-ascii")) {
        return Status::Unsupported(Where(enc->value()) + ": encoding " + QuoteInput(Value(enc)) +
                                   " is not supported (UTF-8 only)");
      }
    }
    return Status::Ok();
  }

  // Calls child(offset, element) for each element inside the element whose
  // content starts at at, until the end tag of
  // parent; *end is the offset after it. Text, comments and the like are
  // skipped.
  template <typename Child>
  Status ReadChildren(std::size_t at, std::string_view parent, std::size_t* end,
                      const Child& child) {
    for (;;) {
      bool found = false;
      NEWSGRAPH_RETURN_IF_ERROR(NextMarkup(&at, /*space_only=*/false, &found));
      if (!found) return Truncated(at);
      in_.Forget(at);
      bool skipped;
      NEWSGRAPH_RETURN_IF_ERROR(SkipMisc(&at, &skipped));
      if (skipped) continue;
      std::size_t length;
      NEWSGRAPH_RETURN_IF_ERROR(StartTag(at, &length));
      std::string_view tag = in_.From(at).substr(0, length);
      if (tag[1] == '/') {
        if (TagName(tag) != parent) {
          return Malformed(at + 2 + TagName(tag).size(), "invalid closing tag name", tag);
        }
        *end = at + length;
        return Status::Ok();
      }
      NEWSGRAPH_RETURN_IF_ERROR(child(at, length));
      at = next_;
    }
  }

  // The children of <graphml>: keys, data, the graph.
  Status ReadGraphmlChildren(std::size_t at, bool* graph) {
    std::size_t end;
    return ReadChildren(at, "graphml", &end, [&](std::size_t at, std::size_t length) {
      std::string_view name = TagName(in_.From(at).substr(0, length));
      if (name == "graph") {
        if (*graph) return Status::Unsupported(Where(at) + ": more than one <graph> in a file is "
                                                           "not supported");
        *graph = true;
        return ReadGraph(at, length);
      }
      const XmlNode* n;
      NEWSGRAPH_RETURN_IF_ERROR(ParseElement(at, 1, &n, &next_));
      if (IsForeign(n)) return Status::Ok();
      name = Name(n);
      if (name == "key") return ReadKey(n);
      if (name == "data") return ReadGraphDatum(n);  // of <graphml> itself
      if (name == "desc") return Status::Ok();
      return Invalid(n, "unexpected element <" + std::string(name) + "> in <graphml>");
    });
  }

  Status ReadFailed() const { return Status::IOError(source_ + ": read failed"); }
  // The input ends inside what starts at at.
  Status Truncated(std::size_t at) const {
    return Malformed(at + in_.From(at).size(), "unexpected end of data", "");
  }
  Status Malformed(std::size_t at, std::string_view what, std::string_view text) const {
    return Status::InvalidInput(Where(at) + ": malformed XML: " + std::string(what) + " at " +
                                QuoteInput(text, kQuoted));
  }

  // "source:line:column" of a byte offset; columns count characters.
  std::string Where(std::size_t offset) const {
    return source_ + ":" + std::to_string(in_.Line(offset)) + ":" +
           std::to_string(in_.Column(offset));
  }
  // The document offset of a pointer into the element being read (the byte
  // added to a start tag stands for the '>' after it).
  std::size_t Offset(const char* p) const {
    auto index = static_cast<std::size_t>(p - chunk_.data());
    if (chunk_added_ != npos && index > chunk_added_) --index;
    return chunk_at_ + index;
  }
  std::string Where(const char* p) const { return Where(Offset(p)); }
  // Position of an element: its '<'.
  std::string Where(const XmlNode* n) const { return Where(n->name() - 1); }

  Status Invalid(const XmlNode* n, const std::string& msg) const {
    return Status::InvalidInput(Where(n) + ": " + msg);
  }
  Status Refuse(const XmlNode* n, const std::string& msg) const {
    return Status::Unsupported(Where(n) + ": " + msg);
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
    key.id = Keep(Value(id));
    const XmlAttr* name = Attr(n, "attr.name");
    key.name = name ? Keep(Value(name)) : key.id;
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

  Status ReadGraphDatum(const XmlNode* data) {
    const Key* key;
    std::string_view value;
    scratch_.clear();
    previous_key_ = nullptr;
    NEWSGRAPH_RETURN_IF_ERROR(DataKey(data, Domain::kGraph, &key, &value, &scratch_));
    if (key) graph_->attributes()[std::string(key->name)] = std::string(value);
    return Status::Ok();
  }

  // <graph>: its start tag of length bytes at at, then nodes, edges and data.
  Status ReadGraph(std::size_t at, std::size_t length) {
    NEWSGRAPH_RETURN_IF_ERROR(ParseStartTag(at, length));
    const XmlNode* graph = doc_.first_node();
    if (const XmlAttr* ed = Attr(graph, "edgedefault")) {
      if (Value(ed) != "directed" && Value(ed) != "undirected") {
        return Invalid(graph, "edgedefault must be directed or undirected, not " +
                                  QuoteInput(Value(ed)));
      }
    }
    ApplyGraphDefaults();
    std::size_t end = at + length;
    if (in_.From(at)[length - 2] != '/') {
      NEWSGRAPH_RETURN_IF_ERROR(ReadChildren(at + length, "graph", &end, [&](std::size_t at,
                                                                               std::size_t) {
        const XmlNode* n;
        NEWSGRAPH_RETURN_IF_ERROR(ParseElement(at, 2, &n, &next_));
        if (IsForeign(n)) return Status::Ok();
        std::string_view name = Name(n);
        if (name == "node") return ReadNode(n);
        if (name == "edge") return ReadEdge(n, edges_read_++);
        if (name == "data") return ReadGraphDatum(n);
        if (name == "hyperedge") return Refuse(n, "hyperedges are not supported");
        if (name == "locator") {
          return Refuse(n, "<locator> (a graph in another file) is not supported");
        }
        if (name == "desc") return Status::Ok();
        return Invalid(n, "unexpected element <" + std::string(name) + "> in <graph>");
      }));
    }
    next_ = end;
    // Edges may name nodes that come later; those that never came are errors.
    for (const auto& [id, message] : forward_) {
      if (undefined_.count(id)) return Status::InvalidInput(message);
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
    auto known = vertices_.find(node_id);
    const bool named_before = known != vertices_.end() && undefined_.count(known->first);
    if (known != vertices_.end() && !named_before) {
      return Invalid(n, "duplicate node id " + QuoteInput(node_id));
    }
    NodeData node;
    node.id = std::string(node_id);
    NEWSGRAPH_RETURN_IF_ERROR(ReadData(n, Domain::kNode, node_id, [&](const Key& key,
                                                                       std::string_view value) {
      SetNodeField(key, value, &node);
    }));
    if (named_before) {  // an edge named it first: fill in its vertex
      graph_->node(known->second) = std::move(node);
      undefined_.erase(known->first);
    } else {
      vertices_.emplace(Keep(node_id), graph_->AddNode(std::move(node)));
    }
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
        // A node not read yet: a vertex now, an error if it never comes.
        NodeData later;
        later.id = std::string(name);
        it = vertices_.emplace(Keep(name), graph_->AddNode(std::move(later))).first;
        undefined_.insert(it->first);
        forward_.emplace_back(it->first, Where(n) + ": edge " + QuoteInput(edge_id) +
                                             " names missing node " + QuoteInput(name));
      }
      ends[i] = it->second;
      last_end_[i] = {it->first, it->second};
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

  io::XmlWindow& in_;
  std::string source_;
  const Ontology& ontology_;
  rapidxml::xml_document<> doc_;  // the element being read
  std::vector<char> chunk_;       // its text, parsed in place
  std::size_t chunk_at_ = 0;      // its offset in the document
  std::size_t chunk_added_ = npos;  // the index of a byte added to it (see ParseText)
  std::size_t next_ = 0;          // the offset after the element last parsed
  std::string root_where_;  // the position of <graphml>
  std::size_t edges_read_ = 0;
  // Ids of keys and nodes, kept once read (the views below point into it).
  std::deque<std::string> names_;
  std::string_view Keep(std::string_view s) { return names_.emplace_back(s); }
  std::unordered_map<std::string_view, Key> keys_;  // node-based: Key pointers stay valid
  const Key* first_key_ = nullptr;     // the first key of the previous element
  const Key* previous_key_ = nullptr;  // the key of the previous <data> of this element
  bool has_defaults_ = false;
  std::unordered_set<std::string_view> seen_;  // key ids given on the current element
  std::unordered_set<std::string_view> role_names_;
  std::unordered_map<std::string_view, Graph::Vertex> vertices_;
  std::pair<std::string_view, Graph::Vertex> last_end_[2];  // last source and target looked up
  // Nodes named by an edge before they were read: the first such error
  // message of each, in order, and those still not read.
  std::vector<std::pair<std::string_view, std::string>> forward_;
  std::unordered_set<std::string_view> undefined_;
  std::vector<std::string_view> split_[3];  // scratch of BuildEvidence
  // Joined texts of the current node or edge (values point into them until
  // the next one is read).
  std::deque<std::string> scratch_;
  std::vector<std::pair<std::size_t, std::size_t>> spans_;
  Graph* graph_ = nullptr;  // the graph being built, owned by Read()'s result
};

}  // namespace

namespace io {

Result<Graph> ReadGraphmlFrom(XmlWindow* window, std::string_view source_name,
                              const Ontology& ontology) {
  return GraphmlReader(window, source_name, ontology).Read();
}

}  // namespace io

Result<Graph> ReadGraphml(std::string_view xml, std::string_view source_name,
                          const Ontology& ontology) {
  io::XmlWindow window(xml);
  return io::ReadGraphmlFrom(&window, source_name, ontology);
}

Result<Graph> ReadGraphml(std::istream& in, std::string_view source_name,
                          const Ontology& ontology) {
  io::XmlWindow window(in);
  return io::ReadGraphmlFrom(&window, source_name, ontology);
}

}  // namespace newsgraph
