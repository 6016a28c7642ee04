#include "text/segmenter.hpp"

namespace newsgraph::text {
namespace {

bool IsTerminal(std::string_view norm) {
  return norm == "." || norm == "!" || norm == "?" || norm == "...";
}

bool IsClosing(const TokenizedText& t, std::size_t i) {
  std::string_view n = t.Norm(i);
  return t.tokens[i].Has(kQuote) || n == ")" || n == "]";
}

// Where to cut a sentence [start, end) that has reached the length bound:
// after its last comma or semicolon in the second half, else at end.
std::size_t CutPoint(const TokenizedText& t, std::size_t start, std::size_t end) {
  for (std::size_t k = end; k > start + (end - start) / 2; --k) {
    std::string_view n = t.Norm(k - 1);
    if (n == "," || n == ";") return k;
  }
  return end;
}

}  // namespace

std::vector<Sentence> SplitSentences(const TokenizedText& t, const SegmenterRules& rules) {
  std::vector<Sentence> out;
  const std::size_t n = t.tokens.size();
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    if (end > start) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    start = end;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (rules.max_tokens > 0 && i - start >= rules.max_tokens) close(CutPoint(t, start, i));
    if (i > start && t.tokens[i].Has(kLineStart)) close(i);
    std::string_view norm = t.Norm(i);
    bool dotted_word = t.tokens[i].Has(kWord) && norm.size() > 1 && norm.back() == '.';
    if (!IsTerminal(norm) && !dotted_word) continue;
    // Where would the next sentence start? Skip closing quotes/brackets glued on.
    std::size_t j = i + 1;
    while (j < n && IsClosing(t, j) && !t.tokens[j].Has(kLineStart) &&
           (t.tokens[j].Has(kGlueLeft) || t.Norm(j) != "\"")) {
      ++j;
    }
    if (j >= n) break;
    if (t.tokens[j].Has(kLineStart)) continue;  // the line break closes it
    if (t.tokens[j].Has(kGlueLeft) && !t.tokens[j].Has(kQuote)) continue;  // "3.5", "Jan.2"
    // The next token must look like a sentence start: a capital, digit or quote.
    std::size_t k = j;
    while (k < n && t.tokens[k].Has(kQuote)) ++k;
    if (k >= n) break;
    if (!t.tokens[k].Has(kCap) && !t.tokens[k].Has(kDigit)) continue;
    if (dotted_word) {
      if (!rules.sometimes.count(std::string(norm))) continue;
      if (!rules.openers.count(std::string(t.Norm(k)))) continue;
    } else if (norm == "." && i > start) {
      std::string_view prev = t.Norm(i - 1);
      bool glued = t.tokens[i].Has(kGlueLeft);
      if (glued && t.tokens[i - 1].Has(kWord)) {
        // An initial ("John F. Kennedy") or a listed abbreviation.
        if (prev.size() == 1 && t.tokens[i - 1].Has(kCap)) continue;
        if (rules.abbreviations.count(std::string(prev))) continue;
      }
    }
    close(j);
    i = j - 1;
  }
  close(n);
  return out;
}

}  // namespace newsgraph::text
