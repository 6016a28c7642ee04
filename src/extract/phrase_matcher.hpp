// Longest-match lookup of multi-token phrases in tokenized text, without
// allocating: phrases form a trie over token hashes (one hash table of
// (node, token) -> child), walked token by token from each start, and each
// phrase found is verified token by token. A phrase written with capitals asks the same of the
// text ("US" matches "US" but not "us"; "Chad" does not match "chad").
#ifndef NEWSGRAPH_EXTRACT_PHRASE_MATCHER_HPP_
#define NEWSGRAPH_EXTRACT_PHRASE_MATCHER_HPP_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/flat_map.hpp"
#include "text/tokenizer.hpp"

namespace newsgraph::extract {

class PhraseMatcher {
 public:
  struct Hit {
    int32_t value;      // what Add was given
    uint32_t length;    // in tokens
  };

  // Adds phrase -> value. case_sensitive: capitals in the phrase must be
  // capitals in the text. Returns false for a phrase with no tokens.
  bool Add(std::string_view phrase, int32_t value, bool case_sensitive = true);

  // Appends to *hits every value of the longest phrase starting at token i and
  // ending before token limit; returns its length in tokens (0: none).
  uint32_t MatchLongest(const text::TokenizedText& t, std::size_t i, std::size_t limit,
                        std::vector<int32_t>* hits) const;

  // Every phrase starting at token i, longest first (value, length).
  // Inline: most tokens start no phrase, and the filter says so without a call.
  void MatchAll(const text::TokenizedText& t, std::size_t i, std::size_t limit,
                std::vector<Hit>* hits) const {
    if (i < limit && MayStart(t.tokens[i].hash)) MatchFrom(t, i, limit, hits);
  }

  std::size_t size() const { return count_; }

 private:
  struct Entry {
    std::vector<std::string> tokens;  // normalized
    uint32_t cap_mask = 0;            // token k must start with a capital
    uint32_t allcaps_mask = 0;        // token k must be all capitals
    int32_t value = 0;
  };
  bool Fits(const Entry& e, const text::TokenizedText& t, std::size_t i) const;
  // False when no phrase starts with a token of this hash.
  bool MayStart(uint64_t h) const {
    return (first_filter_[(h % kFilterBits) / 64] >> (h % 64)) & 1u;
  }
  // MatchAll past its filter.
  void MatchFrom(const text::TokenizedText& t, std::size_t i, std::size_t limit,
                 std::vector<Hit>* hits) const;
  // The child of node for a token, or 0 (the root is node 0 and no one's child).
  uint32_t Child(uint32_t node, uint64_t token_hash) const;

  std::vector<Entry> entries_;
  std::vector<std::vector<uint32_t>> node_entries_ = {{}};  // node -> phrases ending there
  FlatMap64<uint32_t> children_;                             // Key(node, token) -> child node
  // A bit per (first token hash mod size): most tokens start no phrase, and
  // this answers so without a hash-table probe.
  static constexpr std::size_t kFilterBits = 1u << 16;
  std::vector<uint64_t> first_filter_ = std::vector<uint64_t>(kFilterBits / 64, 0);
  std::size_t count_ = 0;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_PHRASE_MATCHER_HPP_
