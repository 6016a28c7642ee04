#include "newsgraph/ontology.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "newsgraph/file_util.hpp"

namespace newsgraph {
namespace {

using nlohmann::json;

// Reads a required member; throws json::exception on a wrong type, which
// Parse turns into a Status naming the document.
template <typename T>
T Get(const json& j, const char* key, T fallback = T()) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return it->get<T>();
}

Rgb GetColor(const json& j) {
  auto v = Get<std::vector<int>>(j, "color", {128, 128, 128});
  if (v.size() != 3) throw std::runtime_error("colour must be [r, g, b]");
  for (int c : v) {
    if (c < 0 || c > 255) throw std::runtime_error("colour component out of 0..255");
  }
  return {v[0], v[1], v[2]};
}

std::vector<KeyInfo> GetKeys(const json& j, const char* key) {
  std::vector<KeyInfo> out;
  for (const json& k : j.at(key)) {
    out.push_back({Get<std::string>(k, "id"), Get<std::string>(k, "name"),
                   Get<std::string>(k, "type", "string"), Get<std::string>(k, "description")});
  }
  return out;
}

}  // namespace

Result<Ontology> Ontology::Parse(std::string_view ontology_json, std::string_view ontology_name,
                                 std::string_view keys_json, std::string_view keys_name) {
  Ontology o;
  std::string_view current = ontology_name;
  try {
    json doc = json::parse(ontology_json.begin(), ontology_json.end());
    for (const json& t : doc.at("node_types")) {
      NodeTypeInfo info{Get<std::string>(t, "name"), Get<std::string>(t, "description"),
                        GetColor(t), Get<std::string>(t, "dot_shape", "ellipse"),
                        Get<std::string>(t, "dot_style", "filled"), {}};
      if (t.contains("kinds")) {
        for (const json& k : t.at("kinds")) {
          info.kinds.push_back({Get<std::string>(k, "name"), GetColor(k),
                                Get<std::string>(k, "dot_shape", info.dot_shape)});
        }
      }
      o.node_types_.push_back(std::move(info));
    }
    for (const json& f : doc.at("families")) {
      o.families_.push_back({Get<std::string>(f, "name"), Get<std::string>(f, "description"),
                             GetColor(f), Get<std::string>(f, "dot_style", "solid"),
                             Get<double>(f, "penwidth", 1.0)});
    }
    for (const json& r : doc.at("relations")) {
      RelationInfo info{Get<std::string>(r, "name"), Get<std::string>(r, "family"),
                        Get<std::vector<std::string>>(r, "sources"),
                        Get<std::vector<std::string>>(r, "targets"),
                        Get<std::vector<std::string>>(r, "roles")};
      if (!o.FindFamily(info.family)) {
        return Status::InvalidInput(std::string(ontology_name) + ": relation " +
                                    QuoteInput(info.name) + " names unknown family " +
                                    QuoteInput(info.family));
      }
      for (const auto& list : {info.sources, info.targets}) {
        for (const auto& type : list) {
          if (!o.FindNodeType(type)) {
            return Status::InvalidInput(std::string(ontology_name) + ": relation " +
                                        QuoteInput(info.name) + " names unknown node type " +
                                        QuoteInput(type));
          }
        }
      }
      o.relations_.push_back(std::move(info));
    }
    current = keys_name;
    json keys = json::parse(keys_json.begin(), keys_json.end());
    o.graph_keys_ = GetKeys(keys, "graph");
    o.node_keys_ = GetKeys(keys, "node");
    o.edge_keys_ = GetKeys(keys, "edge");
    std::set<std::string> ids;
    for (const auto* list : {&o.graph_keys_, &o.node_keys_, &o.edge_keys_}) {
      for (const KeyInfo& k : *list) {
        if (k.id.empty() || k.id.find_first_of(" \t\n<>&\"'") != std::string::npos ||
            !ids.insert(k.id).second) {
          return Status::InvalidInput(std::string(keys_name) + ": key id " + QuoteInput(k.id) +
                                      " is empty, duplicated or not an XML NMTOKEN");
        }
      }
    }
  } catch (const std::exception& e) {
    return Status::InvalidInput(std::string(current) + ": " + e.what());
  }
  return o;
}

Result<Ontology> Ontology::LoadDir(std::string_view schema_dir) {
  std::string dir(schema_dir);
  std::string onto_path = dir + "/ontology.json";
  std::string keys_path = dir + "/graphml-keys.json";
  Result<std::string> onto = ReadFile(onto_path);
  if (!onto.ok()) return onto.status();
  Result<std::string> keys = ReadFile(keys_path);
  if (!keys.ok()) return keys.status();
  return Parse(onto.value(), onto_path, keys.value(), keys_path);
}

const NodeTypeInfo* Ontology::FindNodeType(std::string_view name) const {
  for (const auto& t : node_types_) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

const RelationInfo* Ontology::FindRelation(std::string_view name) const {
  for (const auto& r : relations_) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

const FamilyInfo* Ontology::FindFamily(std::string_view name) const {
  for (const auto& f : families_) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

Rgb Ontology::NodeColor(std::string_view type, std::string_view kind) const {
  const NodeTypeInfo* t = FindNodeType(type);
  if (!t) return {128, 128, 128};
  for (const auto& k : t->kinds) {
    if (k.name == kind) return k.color;
  }
  return t->color;
}

std::vector<std::string> Ontology::AllRoles() const {
  std::set<std::string> roles;
  for (const auto& r : relations_) roles.insert(r.roles.begin(), r.roles.end());
  return {roles.begin(), roles.end()};
}

std::string FindSchemaDir(std::string_view requested) {
  if (!requested.empty()) return std::string(requested);
  if (const char* env = std::getenv("NEWSGRAPH_SCHEMAS"); env && *env) return env;
  for (const char* dir : {NEWSGRAPH_SOURCE_SCHEMA_DIR, NEWSGRAPH_INSTALL_SCHEMA_DIR}) {
    std::ifstream probe(std::string(dir) + "/ontology.json");
    if (probe) return dir;
  }
  return NEWSGRAPH_SOURCE_SCHEMA_DIR;
}

}  // namespace newsgraph
