#include "nlp/pos.hpp"

#include <array>

namespace newsgraph::nlp {
namespace {

constexpr std::array<std::string_view, kPosCount> kNames = {
    "CC",  "CD",   "DT",  "EX",  "FW",  "IN",  "JJ",  "JJR",   "JJS",   "LS",    "MD",   "NN",
    "NNS", "NNP",  "NNPS", "PDT", "POS", "PRP", "PRP$", "RB",  "RBR",   "RBS",   "RP",   "SYM",
    "TO",  "UH",   "VB",  "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT",   "WP",    "WP$",  "WRB",
    ".",   ",",    ":",   "``",  "''",  "-LRB-", "-RRB-", "$", "#",
};

}  // namespace

std::string_view PosName(Pos p) { return kNames[static_cast<int>(p)]; }

std::optional<Pos> ParsePos(std::string_view name) {
  for (int i = 0; i < kPosCount; ++i) {
    if (kNames[i] == name) return static_cast<Pos>(i);
  }
  if (name == "(") return Pos::LRB;
  if (name == ")") return Pos::RRB;
  return std::nullopt;
}

}  // namespace newsgraph::nlp
