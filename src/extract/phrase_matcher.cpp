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

bool PhraseMatcher::Add(std::string_view phrase, int32_t value, bool case_sensitive) {
  text::TokenizedText t = text::Tokenize(phrase);
  if (t.tokens.empty() || t.tokens.size() > 32) return false;
  Entry e;
  e.value = value;
  uint64_t h = kFnvOffset;
  for (std::size_t k = 0; k < t.tokens.size(); ++k) {
    e.tokens.emplace_back(t.Norm(k));
    h = Mix(h, t.tokens[k].hash);
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
  uint32_t& longest = max_len_by_first_[first];
  longest = std::max<uint32_t>(longest, static_cast<uint32_t>(e.tokens.size()));
  auto& bucket = by_hash_[h];
  for (const Entry& old : bucket) {
    if (old.tokens == e.tokens && old.value == value && old.cap_mask == e.cap_mask &&
        old.allcaps_mask == e.allcaps_mask) {
      return true;  // duplicate
    }
  }
  bucket.push_back(std::move(e));
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

void PhraseMatcher::MatchAll(const text::TokenizedText& t, std::size_t i, std::size_t limit,
                             std::vector<Hit>* hits) const {
  if (i >= limit) return;
  const uint64_t h = t.tokens[i].hash;
  if (!((first_filter_[(h % kFilterBits) / 64] >> (h % 64)) & 1u)) return;
  auto first = max_len_by_first_.find(h);
  if (first == max_len_by_first_.end()) return;
  std::size_t max_len = std::min<std::size_t>(first->second, limit - i);
  // Hashes of every prefix, then look up longest first.
  uint64_t prefix[33];
  prefix[0] = kFnvOffset;
  for (std::size_t len = 1; len <= max_len; ++len) prefix[len] = Mix(prefix[len - 1], t.tokens[i + len - 1].hash);
  for (std::size_t len = max_len; len >= 1; --len) {
    auto it = by_hash_.find(prefix[len]);
    if (it == by_hash_.end()) continue;
    for (const Entry& e : it->second) {
      if (e.tokens.size() == len && Fits(e, t, i)) hits->push_back({e.value, static_cast<uint32_t>(len)});
    }
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
