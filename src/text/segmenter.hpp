// Sentence splitting over tokens. A line break always ends a sentence (news
// text puts paragraphs on lines); '.', '!' and '?' end one unless the word
// before is an abbreviation ("Mr.", "Gen.", "Jan.", "No.") or an initial.
// Abbreviations that may also end a sentence ("U.S.", "D.C.") end one only
// when the next word is a typical sentence opener. No sentence is longer
// than SegmenterRules::max_tokens.
#ifndef NEWSGRAPH_TEXT_SEGMENTER_HPP_
#define NEWSGRAPH_TEXT_SEGMENTER_HPP_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/tokenizer.hpp"

namespace newsgraph::text {

struct Sentence {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
};

struct SegmenterRules {
  // Normalized abbreviations without their final dot ("mr", "gen", "jan").
  std::unordered_set<std::string> abbreviations;
  // Normalized forms that may also end a sentence ("u.s.", "d.c.").
  std::unordered_set<std::string> sometimes;
  // Lower-case words that typically open a sentence ("the", "he", "but").
  std::unordered_set<std::string> openers;
  // A sentence longer than this many tokens is cut into pieces (after its
  // last comma or semicolon in the second half of each piece, else at the
  // bound): the frames scan a clause per trigger, so one unbounded sentence
  // (a mangled line without a full stop) made extraction quadratic. The
  // longest line of the shared corpus has 113 words. See docs/limits.md.
  std::size_t max_tokens = 1000;
};

std::vector<Sentence> SplitSentences(const TokenizedText& text, const SegmenterRules& rules);

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_TEXT_SEGMENTER_HPP_
