#include "nlp/lemmatizer.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "nlp_test_support.hpp"
#include "text/tokenizer.hpp"

using newsgraph::nlp::Lemmatizer;
using newsgraph::nlp::Pos;

namespace {

const Lemmatizer& Shared() {
  static const Lemmatizer l = [] {
    auto r = Lemmatizer::Load();
    INFO(r.status().ToString());
    REQUIRE(r.ok());
    return std::move(r.value());
  }();
  return l;
}

}  // namespace

TEST_CASE("lemmatizer: irregular and regular forms by tag") {
  struct Row {
    const char* word;
    Pos pos;
    const char* lemma;
  };
  const std::vector<Row> rows = {
      {"sent", Pos::VBD, "send"},        {"fought", Pos::VBD, "fight"},
      {"struck", Pos::VBN, "strike"},    {"shot", Pos::VBD, "shoot"},
      {"was", Pos::VBD, "be"},           {"were", Pos::VBD, "be"},
      {"has", Pos::VBZ, "have"},         {"had", Pos::VBD, "have"},
      {"went", Pos::VBD, "go"},          {"sought", Pos::VBD, "seek"},
      {"led", Pos::VBN, "lead"},         {"flew", Pos::VBD, "fly"},
      {"missiles", Pos::NNS, "missile"}, {"supplies", Pos::VBZ, "supply"},
      {"supplies", Pos::NNS, "supply"},  {"supplied", Pos::VBN, "supply"},
      {"used", Pos::VBD, "use"},         {"attacked", Pos::VBD, "attack"},
      {"attacking", Pos::VBG, "attack"}, {"firing", Pos::VBG, "fire"},
      {"bombed", Pos::VBD, "bomb"},      {"shelled", Pos::VBN, "shell"},
      {"condemns", Pos::VBZ, "condemn"}, {"denied", Pos::VBD, "deny"},
      {"stopped", Pos::VBD, "stop"},     {"children", Pos::NNS, "child"},
      {"men", Pos::NNS, "man"},          {"crises", Pos::NNS, "crisis"},
      {"bigger", Pos::JJR, "big"},       {"largest", Pos::JJS, "large"},
      {"strike", Pos::NN, "strike"},     {"news", Pos::NN, "news"},
      {"strikes", Pos::NNS, "strike"},   {"troops", Pos::NNS, "troop"},
      // closed classes and proper nouns keep their form
      {"the", Pos::DT, "the"},           {"russia", Pos::NNP, "russia"},
      {"americans", Pos::NNPS, "americans"},
      // words WordNet lacks are their own lemma
      {"zelenskyy", Pos::NN, "zelenskyy"}, {"blorfed", Pos::VBD, "blorfed"},
  };
  for (const Row& r : rows) {
    INFO(r.word << "/" << newsgraph::nlp::PosName(r.pos));
    CHECK(Shared().Lemma(r.word, r.pos) == r.lemma);
  }
}

TEST_CASE("lemmatizer: compounds lemmatize their last piece") {
  CHECK(Shared().LemmaOfCompound("test-fired", Pos::VBD) == "test-fire");
  CHECK(Shared().LemmaOfCompound("air-strikes", Pos::NNS) == "air-strike");
  CHECK(Shared().LemmaOfCompound("well-known", Pos::JJ) == "well-known");
}

TEST_CASE("lemmatizer: the lemma comes with its hash") {
  const Lemmatizer& l = Shared();
  struct Row {
    std::string_view word;
    Pos pos;
    std::string_view lemma;
  };
  // Exceptions, rules (the candidate's hash extends its stem's), base forms.
  const Row rows[] = {{"fought", Pos::VBD, "fight"},    {"missiles", Pos::NNS, "missile"},
                      {"churches", Pos::NNS, "church"}, {"supplied", Pos::VBN, "supply"},
                      {"missile", Pos::NN, "missile"},  {"larger", Pos::JJR, "large"}};
  for (const Row& r : rows) {
    INFO(r.word);
    uint64_t h = 0;
    CHECK(l.Lemma(r.word, newsgraph::text::HashNorm(r.word), r.pos, &h) == r.lemma);
    CHECK(h == newsgraph::text::HashNorm(r.lemma));
  }
  // A word WordNet lacks is returned as given, not copied.
  std::string word = "blorfed";
  uint64_t h = 0;
  bool same = l.Lemma(word, newsgraph::text::HashNorm(word), Pos::VBD, &h).data() == word.data();
  REQUIRE(same);
  REQUIRE(h == newsgraph::text::HashNorm("blorfed"));
}

TEST_CASE("lemmatizer: WordNet membership by word class") {
  REQUIRE(Shared().InWordNet("missile", Pos::NN));
  REQUIRE_FALSE(Shared().InWordNet("missile", Pos::VB));
  REQUIRE(Shared().InWordNet("supply", Pos::VB));
  REQUIRE(Shared().lemma_count() > 80000);
}

TEST_CASE("lemmatizer: a missing WordNet names the file and the package") {
  auto l = Lemmatizer::Load("/nonexistent/wordnet");
  REQUIRE_FALSE(l.ok());
  REQUIRE(l.status().message().find("/nonexistent/wordnet/index.noun") != std::string::npos);
  REQUIRE(l.status().message().find("wordnet-base") != std::string::npos);
}
