#include "nlp/tagger.hpp"

#include <cstdlib>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "nlp_test_support.hpp"

using newsgraph::nlp::ParsePos;
using newsgraph::nlp::Pos;
using newsgraph::nlp::PosName;
using newsgraph::nlp::Tagger;
using newsgraph::testing::Annotated;

namespace {

// The tag of the first token whose surface is word.
std::string TagOf(const Annotated& a, const std::string& word) {
  for (std::size_t i = 0; i < a.tokens.tokens.size(); ++i) {
    if (a.tokens.Surface(i) == word) return std::string(PosName(a.annotation.tokens[i].pos));
  }
  return "(absent)";
}

}  // namespace

TEST_CASE("tagger: hard cases of news English") {
  struct Row {
    const char* sentence;
    const char* word;
    const char* tag;
  };
  const std::vector<Row> rows = {
      // verb / noun ambiguity
      {"The strikes killed ten people.", "strikes", "NNS"},
      {"Russia strikes Ukrainian cities every night.", "strikes", "VBZ"},
      {"Iran supplies drones to Russia.", "supplies", "VBZ"},
      {"The supplies arrived on Tuesday.", "supplies", "NNS"},
      {"Attacks on shipping have increased.", "Attacks", "NNS"},
      {"Russia attacks the grid every winter.", "attacks", "VBZ"},
      {"Western governments condemned the strike.", "strike", "NN"},
      // past tense against participle
      {"The drones were supplied by Iran.", "supplied", "VBN"},
      {"Iran has supplied drones to Russia.", "supplied", "VBN"},
      {"Iran supplied drones to Russia last year.", "supplied", "VBD"},
      {"Drones supplied by Iran hit the city.", "supplied", "VBN"},
      {"The missiles used in the attack came from abroad.", "used", "VBN"},
      {"Russia used the missiles against Kyiv.", "used", "VBD"},
      {"Officials said the rockets had been used before.", "used", "VBN"},
      {"Sanctions were imposed on Tehran.", "imposed", "VBN"},
      {"The ministry denied that it had sent weapons.", "sent", "VBN"},
      {"The ministry denied that it had sent weapons.", "denied", "VBD"},
      // sentence-initial capitals are not all proper nouns
      {"Drones supplied by Iran hit the city.", "Drones", "NNS"},
      {"Sanctions were imposed on Tehran.", "Sanctions", "NNS"},
      {"The strikes killed ten people.", "The", "DT"},
      {"Officials said the rockets had been used before.", "Officials", "NNS"},
      {"Western governments condemned the strike.", "Western", "JJ"},
      {"Iran supplies drones to Russia.", "Iran", "NNP"},
      // modals, particles, possessives, punctuation
      {"They could impose new sanctions.", "could", "MD"},
      {"They could impose new sanctions.", "impose", "VB"},
      {"Russia's envoy spoke first.", "'s", "POS"},
      {"He said the attack was not justified.", "justified", "VBN"},
      {"He said the attack was not justified.", ".", "."},
      {"Troops, tanks and drones crossed.", ",", ","},
  };
  for (const Row& r : rows) {
    Annotated a(r.sentence);
    INFO(a.Tagged());
    CHECK(TagOf(a, r.word) == r.tag);
  }
}

TEST_CASE("tagger: a hyphen compound is one word and its pieces say so") {
  struct Row {
    const char* sentence;
    std::vector<std::string> tags;
    std::vector<int> continues;
  };
  const std::vector<Row> rows = {
      {"Pyongyang test-fired a missile.",
       {"NNP", "VBD", "VBD", "VBD", "DT", "NN", "."}, {0, 0, 1, 1, 0, 0, 0}},
      {"She met Linda Thomas-Greenfield.",
       {"PRP", "VBD", "NNP", "NNP", "NNP", "NNP", "."}, {0, 0, 0, 0, 1, 1, 0}},
      {"The Iranian-made drones fell.",
       {"DT", "JJ", "JJ", "JJ", "NNS", "VBD", "."}, {0, 0, 1, 1, 0, 0, 0}},
      // a dash with spaces is no compound
      {"Troops - and tanks - moved.",
       {"NNS", ":", "CC", "NNS", ":", "VBD", "."}, {0, 0, 0, 0, 0, 0, 0}},
  };
  for (const Row& r : rows) {
    Annotated a(r.sentence);
    INFO(a.Tagged());
    REQUIRE(a.tokens.tokens.size() == r.tags.size());
    for (std::size_t i = 0; i < r.tags.size(); ++i) {
      CHECK(std::string(PosName(a.annotation.tokens[i].pos)) == r.tags[i]);
      CHECK(a.annotation.tokens[i].continues == (r.continues[i] != 0));
    }
  }
}

TEST_CASE("tagger: quotes open and close") {
  Annotated a("He called it \"a crime\" on Monday.");
  INFO(a.Tagged());
  REQUIRE(TagOf(a, "\"") == "``");
  REQUIRE(a.Tagged().find("crime/NN \"/''") != std::string::npos);
}

TEST_CASE("tagger: tags one sentence of a longer text") {
  const Tagger& tagger = newsgraph::testing::SharedAnnotator().tagger();
  auto t = newsgraph::text::Tokenize("Iran denied it. The strikes went on.");
  std::vector<Pos> pos;
  std::vector<uint8_t> cont;
  tagger.Tag(t, {4, 9}, &pos, &cont);
  REQUIRE(pos.size() == 5);
  REQUIRE(pos[0] == Pos::DT);
  REQUIRE(pos[1] == Pos::NNS);
  tagger.Tag(t, {4, 4}, &pos, &cont);
  REQUIRE(pos.empty());
}

TEST_CASE("tagger: a missing model names the file and the package") {
  auto t = Tagger::Load("/nonexistent/tagger");
  REQUIRE_FALSE(t.ok());
  REQUIRE(t.status().code() == newsgraph::Status::Code::kNotFound);
  REQUIRE(t.status().message().find("/nonexistent/tagger/words.yml") != std::string::npos);
  REQUIRE(t.status().message().find("liblingua-en-tagger-perl") != std::string::npos);
}

TEST_CASE("tagger: the directory comes from the argument, the environment, or Debian's path") {
  REQUIRE(Tagger::ResolveDir("/x") == "/x");
  const char* old = std::getenv("NEWSGRAPH_TAGGER_DIR");
  std::string saved = old ? old : "";
  setenv("NEWSGRAPH_TAGGER_DIR", "/from/env", 1);
  REQUIRE(Tagger::ResolveDir("") == "/from/env");
  REQUIRE(Tagger::ResolveDir("/x") == "/x");
  unsetenv("NEWSGRAPH_TAGGER_DIR");
  REQUIRE(Tagger::ResolveDir("") == std::string(Tagger::kDefaultDir));
  if (old) setenv("NEWSGRAPH_TAGGER_DIR", saved.c_str(), 1);
}

TEST_CASE("tagger: the lexicon is Penn-tagged") {
  const Tagger& tagger = newsgraph::testing::SharedAnnotator().tagger();
  REQUIRE(tagger.word_count() > 30000);
  bool the_is_dt = false;
  tagger.ForEachWord([&](std::string_view w, Pos p) { the_is_dt |= w == "the" && p == Pos::DT; });
  REQUIRE(the_is_dt);
  REQUIRE(ParsePos("DT") == Pos::DT);
}
