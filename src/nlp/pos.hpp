// Part-of-speech tags: the Penn Treebank tag set, each enumerator named as Penn
// writes the tag ("PRP$" is PRPS, "WP$" is WPS; punctuation tags get names:
// Period ".", Comma ",", Colon ":", LQuote "``", RQuote "''", LRB "-LRB-",
// RRB "-RRB-", Dollar "$", Hash "#").
//
//   Pos p = ParsePos("VBN").value();   // Pos::VBN
//   PosName(Pos::PRPS);                // "PRP$"
#ifndef NEWSGRAPH_NLP_POS_HPP_
#define NEWSGRAPH_NLP_POS_HPP_

#include <cstdint>
#include <optional>
#include <string_view>

namespace newsgraph::nlp {

enum class Pos : uint8_t {
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS,
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
  Period, Comma, Colon, LQuote, RQuote, LRB, RRB, Dollar, Hash,
};
inline constexpr int kPosCount = static_cast<int>(Pos::Hash) + 1;

// The tag as Penn writes it ("NN", "PRP$", ",", "``", "-LRB-").
std::string_view PosName(Pos p);
// The tag named as Penn writes it; also accepts "(" and ")" for the brackets.
std::optional<Pos> ParsePos(std::string_view name);

inline bool IsNoun(Pos p) { return p >= Pos::NN && p <= Pos::NNPS; }
inline bool IsProperNoun(Pos p) { return p == Pos::NNP || p == Pos::NNPS; }
inline bool IsVerb(Pos p) { return p >= Pos::VB && p <= Pos::VBZ; }
inline bool IsAdjective(Pos p) { return p >= Pos::JJ && p <= Pos::JJS; }
inline bool IsAdverb(Pos p) { return p >= Pos::RB && p <= Pos::RBS; }
inline bool IsPunctuation(Pos p) { return p >= Pos::Period; }

}  // namespace newsgraph::nlp

#endif  // NEWSGRAPH_NLP_POS_HPP_
