#include "io/graphml_fields.hpp"

namespace newsgraph::io {

NodeField NodeFieldOf(std::string_view name) {
  static constexpr std::pair<std::string_view, NodeField> kFields[] = {
      {"type", NodeField::kType},         {"kind", NodeField::kKind}, {"label", NodeField::kLabel},
      {"aliases", NodeField::kAliases},   {"iso3", NodeField::kIso3},
      {"mentions", NodeField::kMentions}, {"r", NodeField::kR},       {"g", NodeField::kG},
      {"b", NodeField::kB},               {"size", NodeField::kSize},
  };
  for (const auto& [n, f] : kFields) {
    if (n == name) return f;
  }
  return NodeField::kOther;
}

EdgeField EdgeFieldOf(std::string_view name) {
  static constexpr std::pair<std::string_view, EdgeField> kFields[] = {
      {"type", EdgeField::kType},
      {"label", EdgeField::kLabel},
      {"evidence", EdgeField::kEvidence},
      {"offsets", EdgeField::kOffsets},
      {"article", EdgeField::kArticle},
      {"asserted_by", EdgeField::kAssertedBy},
      {"date", EdgeField::kDate},
      {"confidence", EdgeField::kConfidence},
      {"weight", EdgeField::kWeight},
  };
  for (const auto& [n, f] : kFields) {
    if (n == name) return f;
  }
  return EdgeField::kOther;
}

}  // namespace newsgraph::io
