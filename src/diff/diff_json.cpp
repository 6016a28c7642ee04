// The JSON report (schemas/diff.schema.json). Streamed element by element,
// so a diff of a million edges never builds one big document.
#include <nlohmann/json.hpp>

#include "diff/diff_attributes.hpp"
#include "newsgraph/diff.hpp"

namespace newsgraph {
namespace {

using diff_internal::Attribute;
using diff_internal::AttributeCollector;
using nlohmann::json;

std::string Dump(const json& j, int indent = -1) {
  // Invalid UTF-8 in a foreign file must not abort the report.
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

json CountsJson(const ChangeCounts& c) {
  return {{"added", c.added}, {"removed", c.removed}, {"changed", c.changed},
          {"unchanged", c.unchanged}};
}

json AttributesJson(const std::vector<Attribute>& attrs) {
  json out = json::object();
  for (const Attribute& a : attrs) out[std::string(a.name)] = std::string(a.value);
  return out;
}

json ChangesJson(const std::vector<AttributeChange>& changes) {
  json out = json::array();
  for (const AttributeChange& c : changes) {
    json j = {{"attribute", c.name}, {"old", c.old_value}, {"new", c.new_value}};
    if (c.set_valued) {
      j["gained"] = c.gained;
      j["lost"] = c.lost;
    }
    out.push_back(std::move(j));
  }
  return out;
}

json HeaderJson(const GraphDiff& diff, const DiffWriteOptions& options) {
  json only = json::array();
  for (Change c : {Change::kAdded, Change::kRemoved, Change::kChanged}) {
    if (options.only.Shows(c)) only.push_back(std::string(ChangeName(c)));
  }
  json relations = json::object();
  for (const auto& [type, counts] : diff.relation_counts()) relations[type] = CountsJson(counts);
  return {
      {"old", options.old_name},
      {"new", options.new_name},
      {"options",
       {{"evidence", diff.options().evidence}, {"ignore", diff.options().ignore}, {"only", only}}},
      {"different", diff.HasDifferences(options.only)},
      {"summary",
       {{"nodes", CountsJson(diff.node_counts())},
        {"edges", CountsJson(diff.edge_counts())},
        {"relations", relations}}},
  };
}

}  // namespace

Status WriteDiffJson(const GraphDiff& diff, const DiffWriteOptions& options, std::ostream& out) {
  json header = HeaderJson(diff, options);
  if (options.stat) {
    out << Dump(header, 2) << '\n';
  } else {
    // The header without its closing brace, then the two element lists.
    std::string head = Dump(header, 2);
    head.erase(head.find_last_of('}'));
    while (!head.empty() && (head.back() == '\n' || head.back() == ' ')) head.pop_back();
    out << head << ",\n  \"nodes\": [";
    AttributeCollector attrs(diff.options());
    const char* sep = "\n    ";
    for (const NodeDiff& n : diff.nodes()) {
      if (n.change == Change::kUnchanged || !options.only.Shows(n.change)) continue;
      json j = {{"change", std::string(ChangeName(n.change))}, {"id", n.id()},
                {"attributes", AttributesJson(attrs.Of(n.current()))}};
      if (n.change == Change::kChanged) j["changes"] = ChangesJson(n.changes);
      out << sep << Dump(j);
      sep = ",\n    ";
    }
    out << "\n  ],\n  \"edges\": [";
    sep = "\n    ";
    for (const EdgeDiff& e : diff.edges()) {
      if (e.change == Change::kUnchanged || !options.only.Shows(e.change)) continue;
      json j = {{"change", std::string(ChangeName(e.change))},
                {"source", e.source->id},
                {"type", e.type()},
                {"target", e.target->id},
                {"attributes", AttributesJson(attrs.Of(e.current()))}};
      if (e.change == Change::kChanged) j["changes"] = ChangesJson(e.changes);
      out << sep << Dump(j);
      sep = ",\n    ";
    }
    out << "\n  ]\n}\n";
  }
  out.flush();
  if (!out) return Status::IOError("writing the diff failed");
  return Status::Ok();
}

}  // namespace newsgraph
