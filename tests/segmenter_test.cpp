#include "text/segmenter.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "extract/lexicon.hpp"

namespace {

std::vector<std::string> Sentences(const std::string& text) {
  static const auto* lex = [] {
    auto l = newsgraph::extract::Lexicon::LoadDir(NEWSGRAPH_SCHEMA_DIR);
    REQUIRE(l.ok());
    return new newsgraph::extract::Lexicon(std::move(l.value()));
  }();
  auto t = newsgraph::text::Tokenize(text);
  std::vector<std::string> out;
  for (const auto& s : newsgraph::text::SplitSentences(t, lex->segmenter_rules())) {
    out.emplace_back(t.Span(s.first, s.last));
  }
  return out;
}

}  // namespace

TEST_CASE("segmenter: abbreviations, initials, quotes and lines") {
  struct Row {
    const char* text;
    std::vector<std::string> sentences;
  };
  const std::vector<Row> rows = {
      {"Mr. Kim spoke. He left.", {"Mr. Kim spoke.", "He left."}},
      {"It happened on Dec. 30 in Kyiv. Then it stopped.",
       {"It happened on Dec. 30 in Kyiv.", "Then it stopped."}},
      {"Lt. Gen. Smith arrived.", {"Lt. Gen. Smith arrived."}},
      {"The U.N. Security Council met.", {"The U.N. Security Council met."}},
      {"They blamed the U.S. The talks ended.", {"They blamed the U.S.", "The talks ended."}},
      {"John F. Kennedy spoke.", {"John F. Kennedy spoke."}},
      {"\u201cWe will respond.\u201d He said so.", {"\u201cWe will respond.\u201d", "He said so."}},
      {"Headline without a period\nFirst paragraph.", {"Headline without a period", "First paragraph."}},
      {"Resolution No. 5 passed. It was late.", {"Resolution No. 5 passed.", "It was late."}},
      {"Prices rose 3.5 percent. Markets fell.", {"Prices rose 3.5 percent.", "Markets fell."}},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    CHECK(Sentences(r.text) == r.sentences);
  }
}

TEST_CASE("segmenter: no text gives no sentence") {
  CHECK(Sentences("").empty());
  CHECK(Sentences(" \n\n ").empty());
}
