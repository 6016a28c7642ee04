#include "nlp/annotator.hpp"

#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "nlp_test_support.hpp"

using newsgraph::nlp::Annotator;
using newsgraph::nlp::Pos;
using newsgraph::testing::Annotated;

TEST_CASE("annotator: tags, lemmas and their hashes for every token") {
  Annotated a("Pyongyang test-fired missiles. Russia sent troops and fought.");
  INFO(a.Tagged());
  REQUIRE(a.Lemmas() == "pyongyang test - fire missile . russia send troop and fight .");
  const auto& t = a.annotation.tokens;
  REQUIRE(t.size() == a.tokens.tokens.size());
  for (const auto& info : t) REQUIRE(info.lemma_hash == newsgraph::text::HashNorm(info.lemma));
  REQUIRE(t[1].pos == Pos::VBD);
  REQUIRE(t[2].continues);
  REQUIRE_FALSE(t[1].continues);
}

TEST_CASE("annotator: each sentence starts afresh") {
  Annotated a("They fled.\nStrikes hit the port.");
  INFO(a.Tagged());
  REQUIRE(a.sentences.size() == 2);
  REQUIRE(a.annotation.tokens[3].pos == Pos::NNS);
  REQUIRE(a.annotation.tokens[3].lemma == "strike");
}

TEST_CASE("annotator: an empty text and a text without sentences") {
  Annotated a("");
  REQUIRE(a.annotation.tokens.empty());
  auto t = newsgraph::text::Tokenize("loose words");
  newsgraph::nlp::Annotation ann;
  newsgraph::testing::SharedAnnotator().Annotate(t, {}, &ann);
  REQUIRE(ann.tokens.size() == 2);
  REQUIRE(ann.tokens[1].lemma == "words");
}

TEST_CASE("annotator: threads annotating at once agree with one thread") {
  const std::string text =
      "The strikes on the port were condemned by Britain, which supplied air-defence systems.\n"
      "Iran denied it had sent drones; officials said they were used in attacks.";
  Annotated one(text);
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int r = 0; r < 50; ++r) {
        Annotated a(text);
        results[k] = a.Tagged() + "|" + a.Lemmas();
      }
    });
  }
  for (auto& th : threads) th.join();
  for (const auto& r : results) REQUIRE(r == one.Tagged() + "|" + one.Lemmas());
}

TEST_CASE("annotator: a missing resource is an error, not a crash") {
  auto a = Annotator::Load("/nonexistent/tagger", "");
  REQUIRE_FALSE(a.ok());
  auto b = Annotator::Load("", "/nonexistent/wordnet");
  REQUIRE_FALSE(b.ok());
  REQUIRE(b.status().message().find("wordnet-base") != std::string::npos);
}
