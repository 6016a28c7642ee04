#include "nlp/pos.hpp"

#include <catch2/catch.hpp>

using newsgraph::nlp::kPosCount;
using newsgraph::nlp::ParsePos;
using newsgraph::nlp::Pos;
using newsgraph::nlp::PosName;

TEST_CASE("pos: every tag round-trips through its Penn name") {
  for (int i = 0; i < kPosCount; ++i) {
    Pos p = static_cast<Pos>(i);
    INFO(PosName(p));
    REQUIRE(ParsePos(PosName(p)) == p);
  }
}

TEST_CASE("pos: names are written as Penn writes them") {
  struct Row {
    const char* name;
    Pos pos;
  };
  const Row rows[] = {{"VBN", Pos::VBN},   {"PRP$", Pos::PRPS},   {"WP$", Pos::WPS},
                      {",", Pos::Comma},   {".", Pos::Period},    {":", Pos::Colon},
                      {"``", Pos::LQuote}, {"''", Pos::RQuote},   {"-LRB-", Pos::LRB},
                      {"(", Pos::LRB},     {")", Pos::RRB},       {"$", Pos::Dollar},
                      {"#", Pos::Hash},    {"NNPS", Pos::NNPS},   {"POS", Pos::POS}};
  for (const Row& r : rows) {
    INFO(r.name);
    REQUIRE(ParsePos(r.name) == r.pos);
  }
  REQUIRE_FALSE(ParsePos("vbn").has_value());
  REQUIRE_FALSE(ParsePos("").has_value());
  REQUIRE_FALSE(ParsePos("HYPH").has_value());
}

TEST_CASE("pos: word classes") {
  REQUIRE(IsNoun(Pos::NNPS));
  REQUIRE_FALSE(IsNoun(Pos::PDT));
  REQUIRE(IsVerb(Pos::VBZ));
  REQUIRE_FALSE(IsVerb(Pos::MD));
  REQUIRE(IsAdjective(Pos::JJS));
  REQUIRE(IsAdverb(Pos::RBR));
  REQUIRE(IsProperNoun(Pos::NNP));
  REQUIRE(IsPunctuation(Pos::Comma));
  REQUIRE_FALSE(IsPunctuation(Pos::SYM));
}
