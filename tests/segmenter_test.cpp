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

TEST_CASE("segmenter: a sentence past the length bound is cut after a comma, covering every token") {
  newsgraph::text::SegmenterRules rules;  // no abbreviations: only the bound matters here
  rules.max_tokens = 40;
  std::string text;
  for (int i = 0; i < 30; ++i) text += "the envoy met the minister in the capital, ";  // 10 tokens
  text += "and left\n";
  auto t = newsgraph::text::Tokenize(text);
  auto sentences = newsgraph::text::SplitSentences(t, rules);
  REQUIRE(sentences.size() > 1);
  uint32_t next = 0;
  for (const auto& s : sentences) {
    CHECK(s.first == next);  // contiguous: no token lost or repeated
    CHECK(s.last - s.first <= rules.max_tokens);
    if (&s != &sentences.back()) CHECK(t.Norm(s.last - 1) == ",");
    next = s.last;
  }
  CHECK(next == t.tokens.size());
  // No comma in the second half: cut at the bound.
  std::string words;
  for (int i = 0; i < 100; ++i) words += "word ";
  auto w = newsgraph::text::Tokenize(words);
  auto pieces = newsgraph::text::SplitSentences(w, rules);
  REQUIRE(pieces.size() == 3);
  CHECK(pieces[0].last == 40);
  CHECK(pieces[2].last == 100);
  // The default bound leaves news sentences whole.
  CHECK(Sentences(text).size() == 1);
}
