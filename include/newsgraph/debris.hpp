// Web debris: the lines a copy from a browser drags along with an article
// ("Advertisement", "Share this article", "Read more: ..."). The phrases are
// data (schemas/ingest/debris.txt); this is the matcher.
#ifndef NEWSGRAPH_DEBRIS_HPP_
#define NEWSGRAPH_DEBRIS_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/status.hpp"

namespace newsgraph {

class DebrisFilter {
 public:
  // A filter that matches nothing.
  DebrisFilter() = default;

  // Parses a phrase list: one phrase per line; blank lines and lines starting
  // with '#' are ignored. A phrase matches a line equal to it, ignoring case,
  // surrounding spaces and punctuation ("  ADVERTISEMENT: " matches
  // "Advertisement"). A phrase ending in '*' also matches a line of at most
  // kMaxPrefixLine bytes that starts with it followed by a non-letter
  // ("Read more*" matches "Read more: Seoul protests").
  static Result<DebrisFilter> Parse(std::string_view text, std::string_view name);
  // Reads <schema_dir>/ingest/debris.txt.
  static Result<DebrisFilter> LoadDir(std::string_view schema_dir);

  static constexpr std::size_t kMaxPrefixLine = 200;

  // True if the whole line (no '\n' in it) is debris.
  bool IsDebris(std::string_view line) const;
  // Returns text without its debris lines (lines are '\n'-separated).
  std::string RemoveDebrisLines(std::string_view text) const;

  std::size_t size() const { return exact_.size() + prefixes_.size(); }

 private:
  std::vector<std::string> exact_;     // keys, sorted
  std::vector<std::string> prefixes_;  // keys
};

// The comparison key of a line or phrase: ASCII lower-cased, leading and
// trailing spaces, punctuation and symbols removed, inner space runs folded.
std::string DebrisKey(std::string_view line);

}  // namespace newsgraph

#endif  // NEWSGRAPH_DEBRIS_HPP_
