// Views (schemas/views.json): folding actors into what they represent and
// pairs of facts about an object into one edge between the parties.
#include "newsgraph/views.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "newsgraph/file_util.hpp"

namespace newsgraph {
namespace {

using nlohmann::json;

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Maps each id of a '|'-joined value through `to`.
std::string MapValues(const std::string& joined,
                      const std::unordered_map<std::string, std::string>& to) {
  if (to.empty() || joined.empty()) return joined;
  std::string out;
  for (const std::string& v : SplitValues(joined)) {
    auto it = to.find(v);
    out = UniteValues(out, it == to.end() ? v : it->second);
  }
  return out;
}

// The folded actors: id -> the id of the one node they represent.
std::unordered_map<std::string, std::string> Folds(const ViewInfo& view, const Graph& g) {
  std::unordered_map<std::string, std::set<std::string>> into;
  if (view.fold_relation.empty()) return {};
  for (auto [ei, end] = boost::edges(g.boost_graph()); ei != end; ++ei) {
    if (g.edge(*ei).type != view.fold_relation) continue;
    const NodeData& actor = g.node(g.source(*ei));
    const NodeData& target = g.node(g.target(*ei));
    if (actor.type != view.fold_node_type) continue;
    if (!view.fold_kinds.empty() && !Contains(view.fold_kinds, actor.kind)) continue;
    if (!view.fold_into_types.empty() && !Contains(view.fold_into_types, target.type)) continue;
    into[actor.id].insert(target.id);
  }
  std::unordered_map<std::string, std::string> out;
  for (auto& [actor, targets] : into) {
    if (targets.size() == 1) out.emplace(actor, *targets.begin());
  }
  return out;
}

struct Planned {
  std::string source, target;
  EdgeData data;
  bool flow = false;
};

}  // namespace

Graph ApplyView(const ViewInfo& view, const Graph& g) {
  const std::unordered_map<std::string, std::string> folds = Folds(view, g);
  auto mapped = [&](const std::string& id) {
    auto it = folds.find(id);
    return it == folds.end() ? id : it->second;
  };
  std::vector<Planned> edges;
  for (const Graph::Edge& e : g.SortedEdges()) {
    Planned p{mapped(g.node(g.source(e)).id), mapped(g.node(g.target(e)).id), g.edge(e)};
    if (p.data.type == view.fold_relation && folds.count(g.node(g.source(e)).id)) continue;
    for (auto& [role, value] : p.data.roles) value = MapValues(value, folds);
    p.data.asserted_by = MapValues(p.data.asserted_by, folds);
    for (const ViewInfo::Flow& f : view.flows) {
      if (p.data.type != f.relation) continue;
      auto party = p.data.roles.find(f.party_role);
      if (party == p.data.roles.end() || !g.FindNode(party->second)) break;
      const std::string object = p.target;
      p.target = party->second;
      p.data.roles.erase(party);
      if (!f.to_party) std::swap(p.source, p.target);
      p.data.type = p.data.label = view.flow_relation;
      p.data.roles[view.flow_role] = object;
      p.flow = true;
      break;
    }
    if (p.source != p.target) edges.push_back(std::move(p));
  }
  // Nodes: all but the folded ones and the objects whose every edge became
  // a flow; nodes that had no edge stay.
  std::set<std::string> had_edges, has_edges;
  for (auto [ei, end] = boost::edges(g.boost_graph()); ei != end; ++ei) {
    had_edges.insert(g.node(g.source(*ei)).id);
    had_edges.insert(g.node(g.target(*ei)).id);
  }
  for (const Planned& p : edges) {
    has_edges.insert(p.source);
    has_edges.insert(p.target);
  }
  Graph out;
  for (Graph::Vertex v : g.SortedNodes()) {
    const NodeData& n = g.node(v);
    if (folds.count(n.id) || (had_edges.count(n.id) && !has_edges.count(n.id))) continue;
    out.AddNode(n);
  }
  std::set<Graph::Edge> flows;
  for (Planned& p : edges) {
    const bool flow = p.flow;
    Graph::Edge e = out.AddFact(p.source, p.target, std::move(p.data));
    if (flow) flows.insert(e);
  }
  // A flow is stated once per sentence, however many of its facts the
  // sentence gave (a delivery is both a supply and an acquisition).
  for (const Graph::Edge& e : flows) {
    EdgeData& d = out.edge(e);
    d.weight = std::max<int>(1, static_cast<int>(d.evidence.size()));
  }
  out.attributes() = g.attributes();
  out.attributes()["view"] = view.name;
  out.articles() = g.articles();
  return out;
}

Result<Views> Views::Parse(std::string_view text, std::string_view name) {
  Views v;
  try {
    const json doc = json::parse(text.begin(), text.end());
    for (const json& j : doc.at("views")) {
      ViewInfo info;
      info.name = j.at("name").get<std::string>();
      info.description = j.value("description", "");
      if (j.contains("fold")) {
        const json& f = j.at("fold");
        info.fold_relation = f.at("relation").get<std::string>();
        info.fold_node_type = f.value("node_type", "actor");
        info.fold_kinds = f.value("kinds", std::vector<std::string>());
        info.fold_into_types = f.value("into_types", std::vector<std::string>());
      }
      for (const json& f : j.value("flows", json::array())) {
        const std::string direction = f.value("direction", "to_party");
        if (direction != "to_party" && direction != "from_party") {
          return Status::InvalidInput(std::string(name) + ": view " + QuoteInput(info.name) +
                                      ": direction " + QuoteInput(direction) +
                                      " (to_party or from_party)");
        }
        info.flows.push_back({f.at("relation").get<std::string>(),
                              f.at("party_role").get<std::string>(), direction == "to_party"});
      }
      if (!info.flows.empty()) {
        info.flow_relation = j.at("flow_relation").get<std::string>();
        info.flow_role = j.at("flow_role").get<std::string>();
      }
      if (v.Find(info.name)) {
        return Status::InvalidInput(std::string(name) + ": view " + QuoteInput(info.name) +
                                    " is defined twice");
      }
      v.views_.push_back(std::move(info));
    }
  } catch (const std::exception& e) {
    return Status::InvalidInput(std::string(name) + ": " + e.what());
  }
  return v;
}

Result<Views> Views::LoadDir(std::string_view schema_dir) {
  const std::string path = std::string(schema_dir) + "/views.json";
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

const ViewInfo* Views::Find(std::string_view name) const {
  for (const ViewInfo& v : views_) {
    if (v.name == name) return &v;
  }
  return nullptr;
}

std::string Views::Names() const {
  std::string out;
  for (const ViewInfo& v : views_) out += (out.empty() ? "" : ", ") + v.name;
  return out;
}

Result<Graph> Views::Apply(std::string_view name, const Graph& g) const {
  const ViewInfo* view = Find(name);
  if (view == nullptr) {
    return Status::Usage("unknown view " + QuoteInput(name) + " (" + Names() + ")");
  }
  return ApplyView(*view, g);
}

}  // namespace newsgraph
