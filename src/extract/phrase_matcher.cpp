#include "extract/phrase_matcher.hpp"

#include <algorithm>

namespace newsgraph::extract {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

// Hash of a token sequence from its tokens' hashes (order matters).
uint64_t Mix(uint64_t h, uint64_t token_hash) {
  h = (h << 7) | (h >> 57);
  h ^= token_hash;
  h *= kFnvPrime;
  return h;
}

}  // namespace

// The children_ key of (node, token).
uint64_t Key(uint32_t node, uint64_t token_hash) { return Mix(kFnvOffset + node, token_hash); }

uint32_t PhraseMatcher::Child(uint32_t node, uint64_t token_hash) const {
  const uint32_t* child = children_.Find(Key(node, token_hash));
  return child ? *child : 0;
}

bool PhraseMatcher::Add(std::string_view phrase, int32_t value, bool case_sensitive) {
  text::TokenizedText t = text::Tokenize(phrase);
  if (t.tokens.empty() || t.tokens.size() > 32) return false;
  Entry e;
  e.value = value;
  uint32_t node = 0;
  for (std::size_t k = 0; k < t.tokens.size(); ++k) {
    e.tokens.emplace_back(t.Norm(k));
    bool added = false;
    uint32_t& child = children_.Insert(Key(node, t.tokens[k].hash), &added);
    if (added) {
      child = static_cast<uint32_t>(node_entries_.size());
      node_entries_.emplace_back();
    }
    node = child;
    if (case_sensitive) {
      // All-capital tokens must stay capitals anywhere ("US" is not "us");
      // a capitalized first token must be capitalized ("Chad" is not "chad").
      // Later words may change case ("Ukrainian air force").
      if (t.tokens[k].Has(text::kAllCaps)) e.allcaps_mask |= 1u << k;
      else if (k == 0 && t.tokens[k].Has(text::kCap)) e.cap_mask |= 1u << k;
    }
  }
  uint64_t first = t.tokens[0].hash;
  first_filter_[(first % kFilterBits) / 64] |= uint64_t{1} << (first % 64);
  for (uint32_t old : node_entries_[node]) {
    const Entry& o = entries_[old];
    if (o.tokens == e.tokens && o.value == value && o.cap_mask == e.cap_mask &&
        o.allcaps_mask == e.allcaps_mask) {
      return true;  // duplicate
    }
  }
  node_entries_[node].push_back(static_cast<uint32_t>(entries_.size()));
  entries_.push_back(std::move(e));
  ++count_;
  return true;
}

bool PhraseMatcher::Fits(const Entry& e, const text::TokenizedText& t, std::size_t i) const {
  for (std::size_t k = 0; k < e.tokens.size(); ++k) {
    if (t.Norm(i + k) != e.tokens[k]) return false;
    const text::Token& tok = t.tokens[i + k];
    if ((e.allcaps_mask >> k) & 1u) {
      if (!tok.Has(text::kAllCaps)) return false;
    } else if ((e.cap_mask >> k) & 1u) {
      if (!tok.Has(text::kCap)) return false;
    }
    // A phrase never spans a line break.
    if (k > 0 && tok.Has(text::kLineStart)) return false;
  }
  return true;
}

void PhraseMatcher::MatchFrom(const text::TokenizedText& t, std::size_t i, std::size_t limit,
                              std::vector<Hit>* hits) const {
  // Walk the trie; phrases found on the way are appended shortest first, then
  // ordered longest first (in the order they were added among equals).
  const std::size_t before = hits->size();
  uint32_t node = 0;
  for (std::size_t len = 1; i + len <= limit && len <= 32; ++len) {
    node = Child(node, t.tokens[i + len - 1].hash);
    if (node == 0) break;
    for (uint32_t id : node_entries_[node]) {
      const Entry& e = entries_[id];
      if (e.tokens.size() == len && Fits(e, t, i)) hits->push_back({e.value, static_cast<uint32_t>(len)});
    }
  }
  // A stable insertion sort: a handful of hits, and std::stable_sort would
  // allocate a buffer each call.
  Hit* out = hits->data();
  for (std::size_t k = before + 1; k < hits->size(); ++k) {
    Hit x = out[k];
    std::size_t j = k;
    for (; j > before && out[j - 1].length < x.length; --j) out[j] = out[j - 1];
    out[j] = x;
  }
}

uint32_t PhraseMatcher::MatchLongest(const text::TokenizedText& t, std::size_t i,
                                     std::size_t limit, std::vector<int32_t>* hits) const {
  std::vector<Hit> all;
  MatchAll(t, i, limit, &all);
  if (all.empty()) return 0;
  uint32_t len = all.front().length;
  for (const Hit& h : all) {
    if (h.length == len) hits->push_back(h.value);
  }
  return len;
}

}  // namespace newsgraph::extract
