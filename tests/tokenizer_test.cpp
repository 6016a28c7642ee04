#include "text/tokenizer.hpp"

#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

using newsgraph::text::Tokenize;

namespace {

std::vector<std::string> Norms(const std::string& s) {
  auto t = Tokenize(s);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < t.tokens.size(); ++i) out.emplace_back(t.Norm(i));
  return out;
}

}  // namespace

TEST_CASE("tokenizer: splits news English as the rules expect") {
  struct Row {
    const char* text;
    std::vector<std::string> norms;
  };
  const std::vector<Row> rows = {
      {"Russia's envoy", {"russia", "'s", "envoy"}},
      {"Russia\u2019s envoy", {"russia", "'s", "envoy"}},
      {"the U.S. and U.N.", {"the", "u.s.", "and", "u.n."}},
      {"KN-23s", {"kn", "-", "23s"}},
      {"10,000 people", {"10,000", "people"}},
      {"does n't", {"does", "n't"}},
      {"doesn't", {"does", "n't"}},
      {"O'Brien said", {"o'brien", "said"}},
      {"\u201cquoted\u201d \u2014 dash", {"\"", "quoted", "\"", "-", "dash"}},
      {"Jan. 2", {"jan", ".", "2"}},
      {"C\u00f4te d'Ivoire", {"c\u00f4te", "d'ivoire"}},
      {"zero\u200bwidth", {"zerowidth"}},
  };
  for (const auto& r : rows) {
    INFO(r.text);
    // A zero-width space joins: the two pieces stay separate tokens glued together.
    if (std::string(r.text).find("\u200b") != std::string::npos) {
      auto t = Tokenize(r.text);
      REQUIRE(t.tokens.size() == 2);
      CHECK(t.tokens[1].Has(newsgraph::text::kGlueLeft));
      continue;
    }
    CHECK(Norms(r.text) == r.norms);
  }
}

TEST_CASE("tokenizer: byte offsets point into the original text") {
  const std::string text = "  Seoul\u2019s  envoy\n\u201cNo,\u201d he said.";
  auto t = Tokenize(text);
  for (std::size_t i = 0; i < t.tokens.size(); ++i) {
    const auto& tok = t.tokens[i];
    REQUIRE(tok.end <= text.size());
    CHECK(t.Surface(i) == std::string_view(text).substr(tok.begin, tok.end - tok.begin));
  }
  CHECK(t.Surface(0) == "Seoul");
  CHECK(t.Surface(1) == "\u2019s");
}

TEST_CASE("tokenizer: flags") {
  auto t = Tokenize("The DPRK fired KN-23 missiles.\nNext line");
  CHECK(t.tokens[0].Has(newsgraph::text::kCap));
  CHECK(t.tokens[0].Has(newsgraph::text::kLineStart));
  CHECK(t.tokens[1].Has(newsgraph::text::kAllCaps));
  CHECK_FALSE(t.tokens[2].Has(newsgraph::text::kCap));
  CHECK(t.tokens[4].Has(newsgraph::text::kDash));
  CHECK(t.tokens[4].Has(newsgraph::text::kGlueLeft));
  CHECK(t.tokens[5].Has(newsgraph::text::kDigit));
  CHECK(t.tokens[8].Has(newsgraph::text::kLineStart));
}

TEST_CASE("tokenizer: equal words have equal hashes, different words differ") {
  auto t = Tokenize("Iran iran IRAN Iraq");
  CHECK(t.tokens[0].hash == t.tokens[1].hash);
  CHECK(t.tokens[1].hash == t.tokens[2].hash);
  CHECK(t.tokens[2].hash != t.tokens[3].hash);
  CHECK(t.tokens[0].hash == newsgraph::text::HashNorm("iran"));
}

TEST_CASE("tokenizer: a hash extends by the bytes that follow") {
  using newsgraph::text::HashNorm;
  using newsgraph::text::HashNormExtend;
  const std::pair<std::string_view, std::string_view> rows[] = {
      {"", ""}, {"", "drone"}, {"mortar", ""}, {"strik", "e"}, {"ch", "urch"}};
  for (const auto& [a, b] : rows) {
    std::string whole = std::string(a) + std::string(b);
    CHECK(HashNormExtend(HashNorm(a), b) == HashNorm(whole));
  }
  CHECK(HashNorm("") == newsgraph::text::kHashNormSeed);
  CHECK(HashNormExtend(HashNorm("strik"), "e") != HashNorm("strik"));
}

TEST_CASE("tokenizer: malformed UTF-8 never reads past the end") {
  std::string bad = "ok \xe2\x80";  // truncated sequence
  auto t = Tokenize(bad);
  for (const auto& tok : t.tokens) CHECK(tok.end <= bad.size());
}

TEST_CASE("tokenizer: a reused TokenizedText holds the same tokens as a fresh one") {
  const std::vector<std::string> texts = {
      "The U.S. and North Korea\u2019s envoy said 10,000 troops weren't there.",
      "Short.", "", "O'Brien\u2019s KN-23 \u201cmissiles\u201d \u2014 a.m. 3.5 km"};
  newsgraph::text::TokenizedText reused;
  for (const std::string& s : texts) {
    INFO(s);
    newsgraph::text::Tokenize(s, &reused);
    auto fresh = Tokenize(s);
    REQUIRE(reused.tokens.size() == fresh.tokens.size());
    CHECK(reused.norm == fresh.norm);
    CHECK(reused.text.data() == s.data());
    for (std::size_t i = 0; i < fresh.tokens.size(); ++i) {
      CHECK(reused.Norm(i) == fresh.Norm(i));
      CHECK(reused.Surface(i) == fresh.Surface(i));
      CHECK(reused.tokens[i].flags == fresh.tokens[i].flags);
      CHECK(reused.tokens[i].hash == fresh.tokens[i].hash);
    }
  }
}
