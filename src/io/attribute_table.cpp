#include "io/attribute_table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>
#include <unordered_set>

#include "io/graphml_fields.hpp"
#include "newsgraph/gexf.hpp"

namespace newsgraph::io {
namespace {

// Names the formats give a meaning of their own, besides the key file's
// (Gephi's spreadsheet import compares them in any case).
constexpr std::string_view kNodeFormatFields[] = {"id",    "label", "key",   "color", "size",
                                                  "dates", "Id",    "Label", "x",     "y"};
constexpr std::string_view kEdgeFormatFields[] = {
    "id",    "label", "weight", "source", "target", "key",    "kind", "color",
    "dates", "Id",    "Label",  "Weight", "Source", "Target", "Type", "Kind"};

bool IsDisplayNodeField(NodeField f) {
  return f == NodeField::kLabel || f == NodeField::kR || f == NodeField::kG || f == NodeField::kB ||
         f == NodeField::kSize;
}
bool IsDisplayEdgeField(EdgeField f) { return f == EdgeField::kLabel || f == EdgeField::kWeight; }

void AddOthers(const std::set<std::string>& names, int field, bool extra,
               std::unordered_set<std::string>* taken, std::vector<AttributeColumn>* columns) {
  for (const std::string& name : names) {
    std::string written = name;
    if (taken->count(written)) written = std::string(kExtraPrefix) + name;
    for (int n = 2; !taken->insert(written).second; ++n) {
      written = std::string(kExtraPrefix) + name + "." + std::to_string(n);
    }
    columns->push_back({written, "string", field, name, extra});
  }
}

bool HasSource(const std::vector<AttributeColumn>& columns, const std::string& name) {
  return std::any_of(columns.begin(), columns.end(),
                     [&](const AttributeColumn& c) { return !c.extra && c.source == name; });
}

template <std::size_t N>
std::unordered_set<std::string> Reserved(const std::string_view (&fields)[N],
                                         const std::vector<KeyInfo>& keys) {
  std::unordered_set<std::string> out;
  for (std::string_view f : fields) out.emplace(f);
  for (const KeyInfo& k : keys) out.insert(k.name);
  return out;
}

}  // namespace

AttributeTable PlanAttributes(const Graph& g, const Ontology& ontology) {
  AttributeTable t;
  for (const KeyInfo& k : ontology.node_keys()) {
    const NodeField f = NodeFieldOf(k.name);
    if (!IsDisplayNodeField(f)) t.node.push_back({k.name, k.type, static_cast<int>(f), k.name});
  }
  for (const KeyInfo& k : ontology.edge_keys()) {
    const EdgeField f = EdgeFieldOf(k.name);
    if (!IsDisplayEdgeField(f)) t.edge.push_back({k.name, k.type, static_cast<int>(f), k.name});
  }
  std::unordered_set<std::string> node_taken = Reserved(kNodeFormatFields, ontology.node_keys());
  std::unordered_set<std::string> edge_taken = Reserved(kEdgeFormatFields, ontology.edge_keys());
  std::set<std::string> node_extras, edge_roles, edge_extras;
  for (auto [vi, end] = boost::vertices(g.boost_graph()); vi != end; ++vi) {
    for (const auto& [k, v] : g.node(*vi).extra) {
      // A key-file name that is no field of ours already has its column.
      if (!(NodeFieldOf(k) == NodeField::kOther && HasSource(t.node, k))) node_extras.insert(k);
    }
  }
  for (auto [ei, end] = boost::edges(g.boost_graph()); ei != end; ++ei) {
    const EdgeData& d = g.edge(*ei);
    for (const auto& [k, v] : d.roles) {
      if (!HasSource(t.edge, k)) edge_roles.insert(k);
    }
    for (const auto& [k, v] : d.extra) edge_extras.insert(k);
  }
  // As in GraphML, a role wins over an extra attribute of the same name.
  for (const std::string& role : edge_roles) edge_extras.erase(role);
  AddOthers(node_extras, static_cast<int>(NodeField::kOther), true, &node_taken, &t.node);
  AddOthers(edge_roles, static_cast<int>(EdgeField::kOther), false, &edge_taken, &t.edge);
  AddOthers(edge_extras, static_cast<int>(EdgeField::kOther), true, &edge_taken, &t.edge);
  return t;
}

const std::set<std::string>& TimeTable::EdgeDates(const Graph::Edge& e) const {
  static const std::set<std::string> kNone;
  auto it = edge.find(e);
  return it == edge.end() ? kNone : it->second;
}

TimeTable PlanTime(const Graph& g) {
  TimeTable t;
  t.node.assign(g.num_nodes(), {});
  std::map<std::string, std::string> article_date;
  for (const auto& [name, info] : g.articles()) {
    std::string d = IsoDate(info.date);
    if (!d.empty()) article_date.emplace(name, std::move(d));
  }
  if (article_date.empty()) return t;
  std::set<std::string> all;
  for (auto [ei, end] = boost::edges(g.boost_graph()); ei != end; ++ei) {
    std::set<std::string> dates;
    for (const Evidence& ev : g.edge(*ei).evidence) {
      auto it = article_date.find(ev.article);
      if (it != article_date.end()) dates.insert(it->second);
    }
    if (dates.empty()) continue;
    for (Graph::Vertex v : {g.source(*ei), g.target(*ei)}) {
      t.node[v].insert(dates.begin(), dates.end());
    }
    all.insert(dates.begin(), dates.end());
    t.edge.emplace(*ei, std::move(dates));
  }
  if (!all.empty()) {
    t.first = *all.begin();
    t.last = *all.rbegin();
  }
  return t;
}

void AppendDouble(double v, std::string* out) {
  if (std::isnan(v)) return out->append("NaN"), void();
  if (std::isinf(v)) return out->append(v > 0 ? "INF" : "-INF"), void();
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

void AppendEvidenceText(const EdgeData& e, std::string* out) {
  for (std::size_t i = 0; i < e.evidence.size(); ++i) {
    if (i) *out += kEvidenceSeparator;
    const std::size_t at = out->size();
    *out += e.evidence[i].text;
    std::replace_if(
        out->begin() + static_cast<std::ptrdiff_t>(at), out->end(),
        [](char c) { return c == '\n' || c == '\r'; }, ' ');
  }
}

void AppendEvidenceOffsets(const EdgeData& e, std::string* out) {
  for (std::size_t i = 0; i < e.evidence.size(); ++i) {
    if (i) *out += kListSeparator;
    char buf[48];
    auto r = std::to_chars(buf, buf + 20, e.evidence[i].begin);
    *r.ptr++ = '-';
    r = std::to_chars(r.ptr, buf + sizeof buf, e.evidence[i].end);
    out->append(buf, r.ptr);
  }
}

void AppendEvidenceArticles(const EdgeData& e, std::string* out) {
  for (std::size_t i = 0; i < e.evidence.size(); ++i) {
    if (i) *out += kListSeparator;
    *out += e.evidence[i].article;
  }
}

double NodeSize(const NodeData& n) {
  // Rounded as the GraphML writer writes it (6 significant digits up to 99).
  return std::round((10.0 + 5.0 * std::sqrt(std::max(0, n.mentions))) * 1e4) / 1e4;
}

Rgb NodeColor(const NodeData& n, const Ontology& ontology, const GraphmlWriteOptions& colors) {
  if (colors.node_color) {
    if (std::optional<Rgb> c = colors.node_color(n)) return *c;
  }
  return ontology.NodeColor(n.type, n.kind);
}

Rgb EdgeColor(const EdgeData& e, const Ontology& ontology, const GraphmlWriteOptions& colors) {
  if (colors.edge_color) {
    if (std::optional<Rgb> c = colors.edge_color(e)) return *c;
  }
  const RelationInfo* rel = ontology.FindRelation(e.type);
  const FamilyInfo* family = rel ? ontology.FindFamily(rel->family) : nullptr;
  return family ? family->color : Rgb{128, 128, 128};
}

std::string HexColor(const Rgb& c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", std::clamp(c[0], 0, 255),
                std::clamp(c[1], 0, 255), std::clamp(c[2], 0, 255));
  return buf;
}

std::string NodeValue(const AttributeColumn& c, const NodeData& n) {
  switch (static_cast<NodeField>(c.field)) {
    case NodeField::kType:
      return n.type;
    case NodeField::kKind:
      return n.kind;
    case NodeField::kLabel:
      return n.label;
    case NodeField::kIso3:
      return n.iso3;
    case NodeField::kAliases: {
      std::string out;
      for (const std::string& a : n.aliases) out += (out.empty() ? "" : "|") + a;
      return out;
    }
    case NodeField::kMentions:
      return std::to_string(n.mentions);
    case NodeField::kR:
    case NodeField::kG:
    case NodeField::kB:
    case NodeField::kSize:
      return {};  // display: written natively
    case NodeField::kOther: {
      auto it = n.extra.find(c.source);
      return it == n.extra.end() ? std::string() : it->second;
    }
  }
  return {};
}

std::string EdgeValue(const AttributeColumn& c, const EdgeData& e) {
  std::string out;
  switch (static_cast<EdgeField>(c.field)) {
    case EdgeField::kType:
      return e.type;
    case EdgeField::kLabel:
      return e.label;
    case EdgeField::kAssertedBy:
      return e.asserted_by;
    case EdgeField::kDate:
      return e.date;
    case EdgeField::kEvidence:
      AppendEvidenceText(e, &out);
      return out;
    case EdgeField::kOffsets:
      AppendEvidenceOffsets(e, &out);
      return out;
    case EdgeField::kArticle:
      AppendEvidenceArticles(e, &out);
      return out;
    case EdgeField::kConfidence:
      AppendDouble(e.confidence, &out);
      return out;
    case EdgeField::kWeight:
      return std::to_string(std::max(1, e.weight));
    case EdgeField::kOther: {
      const auto& from = c.extra ? e.extra : e.roles;
      auto it = from.find(c.source);
      return it == from.end() ? std::string() : it->second;
    }
  }
  return out;
}

}  // namespace newsgraph::io
