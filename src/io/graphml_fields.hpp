// The attribute names the GraphML writer and reader give a meaning to. Which
// of them are written, under which key ids and in which order, comes from
// schemas/graphml-keys.json; the names here only tie a key to a field of
// NodeData / EdgeData. A key-file name that is none of these is, for nodes,
// read from and written to NodeData::extra, and for edges a role
// (EdgeData::roles).
#ifndef NEWSGRAPH_IO_GRAPHML_FIELDS_HPP_
#define NEWSGRAPH_IO_GRAPHML_FIELDS_HPP_

#include <string_view>

namespace newsgraph::io {

enum class NodeField { kType, kKind, kLabel, kAliases, kIso3, kMentions, kR, kG, kB, kSize, kOther };
enum class EdgeField {
  kType, kLabel, kEvidence, kOffsets, kArticle, kAssertedBy, kDate, kConfidence, kWeight, kOther
};

NodeField NodeFieldOf(std::string_view name);
EdgeField EdgeFieldOf(std::string_view name);

// An extra attribute whose name is one of the key file's is written under
// kExtraPrefix + name, and read back into extra under its own name.
constexpr std::string_view kExtraPrefix = "extra.";

// Separators of the per-evidence attributes (see graphml-keys.json).
constexpr char kEvidenceSeparator = '\n';
constexpr char kListSeparator = ';';

}  // namespace newsgraph::io

#endif  // NEWSGRAPH_IO_GRAPHML_FIELDS_HPP_
