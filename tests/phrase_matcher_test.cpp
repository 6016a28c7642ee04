#include "extract/phrase_matcher.hpp"

#include <vector>

#include <catch2/catch.hpp>

using newsgraph::extract::PhraseMatcher;
using newsgraph::text::Tokenize;

TEST_CASE("phrase matcher: longest match wins") {
  PhraseMatcher m;
  m.Add("North Korea", 1);
  m.Add("North Korean", 2);
  m.Add("Korea", 3);
  auto t = Tokenize("North Korean missiles hit Korea");
  std::vector<int32_t> hits;
  CHECK(m.MatchLongest(t, 0, t.tokens.size(), &hits) == 2);
  CHECK(hits == std::vector<int32_t>{2});
  hits.clear();
  CHECK(m.MatchLongest(t, 4, t.tokens.size(), &hits) == 1);
  CHECK(hits == std::vector<int32_t>{3});
  hits.clear();
  CHECK(m.MatchLongest(t, 2, t.tokens.size(), &hits) == 0);
}

TEST_CASE("phrase matcher: capitals in the phrase are asked of the text") {
  PhraseMatcher m;
  m.Add("US", 1);
  m.Add("Chad", 2);
  m.Add("Ukrainian Air Force", 3);
  m.Add("drone", 4, /*case_sensitive=*/false);
  struct Row {
    const char* text;
    uint32_t length;
  };
  for (const Row& r : {Row{"US", 1}, Row{"us", 0}, Row{"Chad", 1}, Row{"chad", 0},
                       Row{"Ukrainian air force", 3}, Row{"ukrainian Air Force", 0},
                       Row{"Drone", 1}, Row{"drone", 1}}) {
    INFO(r.text);
    auto t = Tokenize(r.text);
    std::vector<int32_t> hits;
    CHECK(m.MatchLongest(t, 0, t.tokens.size(), &hits) == r.length);
  }
}

TEST_CASE("phrase matcher: a phrase never crosses a line or the limit") {
  PhraseMatcher m;
  m.Add("Red Sea", 1);
  auto t = Tokenize("Red\nSea");
  std::vector<int32_t> hits;
  CHECK(m.MatchLongest(t, 0, t.tokens.size(), &hits) == 0);
  auto u = Tokenize("Red Sea");
  CHECK(m.MatchLongest(u, 0, 1, &hits) == 0);
  CHECK(m.MatchLongest(u, 0, 2, &hits) == 2);
}

TEST_CASE("phrase matcher: several values for one phrase") {
  PhraseMatcher m;
  m.Add("Congo", 7);
  m.Add("Congo", 8);
  m.Add("Congo", 8);  // duplicate ignored
  CHECK(m.size() == 2);
  auto t = Tokenize("Congo");
  std::vector<int32_t> hits;
  m.MatchLongest(t, 0, 1, &hits);
  CHECK(hits.size() == 2);
}
