#include "nlp/chunker.hpp"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "nlp_test_support.hpp"
#include "test_support.hpp"

using newsgraph::nlp::Chunker;
using newsgraph::nlp::Chunks;
using newsgraph::nlp::Tense;
using newsgraph::testing::Annotated;

namespace {

const Chunker& Shared() {
  static const Chunker c = [] {
    auto r = Chunker::Load(NEWSGRAPH_SCHEMA_DIR);
    INFO(r.status().ToString());
    REQUIRE(r.ok());
    return std::move(r.value());
  }();
  return c;
}

struct Parsed {
  Annotated a;
  Chunks c;
  explicit Parsed(const std::string& s, std::vector<newsgraph::nlp::KeepTogether> keep = {})
      : a(s) {
    Shared().Chunk(a.tokens, a.annotation, a.sentences.at(0), keep, &c);
  }
  std::string Noun(int32_t g) const {
    if (g < 0) return "-";
    return std::string(a.tokens.Span(c.nouns[g].first, c.nouns[g].last));
  }
  std::string Nouns(const std::vector<int32_t>& gs) const {
    std::string out;
    for (int32_t g : gs) out += (out.empty() ? "" : "|") + Noun(g);
    return out.empty() ? "-" : out;
  }
  // The verb group whose main verb is word.
  const newsgraph::nlp::VerbGroup& Verb(const std::string& word) const {
    for (const auto& v : c.verbs) {
      if (a.tokens.Surface(v.main) == word) return v;
    }
    FAIL("no verb group " << word << " in " << a.Tagged());
    return c.verbs.at(0);
  }
  // "verb: subjects / object / agent" for every verb group.
  std::string Functions() const {
    std::string out;
    for (const auto& v : c.verbs) {
      out += std::string(a.tokens.Surface(v.main)) + ": " + Nouns(v.subjects) + " / " +
             Noun(v.object) + " / " + Noun(v.agent) + "; ";
    }
    return out;
  }
};

}  // namespace

TEST_CASE("chunker: noun groups with head and possessor") {
  Parsed p("Russia's envoy met the Iranian-made drones' operators.");
  INFO(p.a.Tagged());
  REQUIRE(p.c.nouns.size() >= 3);
  REQUIRE(p.Noun(0) == "Russia");
  REQUIRE(p.Noun(1) == "envoy");
  REQUIRE(p.c.nouns[1].possessor == 0);
  REQUIRE(p.a.tokens.Surface(p.c.nouns[1].head) == "envoy");
}

TEST_CASE("chunker: a mention stays inside one noun group") {
  // "Rapid Support Forces" is tagged NNP NN NNS; the span keeps it whole.
  Parsed p("The Rapid Support Forces attacked a camp.", {{1, 4}});
  INFO(p.a.Tagged());
  REQUIRE(p.Noun(0) == "The Rapid Support Forces");
  REQUIRE(p.Nouns(p.Verb("attacked").subjects) == "The Rapid Support Forces");
}

TEST_CASE("chunker: verb groups, tense, voice, negation, modality") {
  struct Row {
    const char* sentence;
    const char* main;
    Tense tense;
    bool passive, negated, infinitive, gerund, perfect;
    const char* modal;  // surface of the modal token, or ""
  };
  const std::vector<Row> rows = {
      {"Iran supplied drones to Russia.", "supplied", Tense::kPast, false, false, false, false, false, ""},
      {"The drones were supplied by Iran.", "supplied", Tense::kPast, true, false, false, false, false, ""},
      {"Iran has not supplied drones.", "supplied", Tense::kPresent, false, true, false, false, true, ""},
      {"The claims could not be independently verified.", "verified", Tense::kPresent, true, true, false, false, false, "could"},
      {"Officials said the rockets had been used before.", "used", Tense::kPast, true, false, false, false, true, ""},
      {"Drones supplied by Iran hit the city.", "supplied", Tense::kNone, true, false, false, false, false, ""},
      {"The Netherlands plans to deliver missiles.", "deliver", Tense::kNone, false, false, true, false, false, "plans"},
      {"Armenia accused Azerbaijan of shelling villages.", "shelling", Tense::kNone, false, false, false, true, false, ""},
      {"Russia will send more troops.", "send", Tense::kFuture, false, false, false, false, false, "will"},
  };
  for (const Row& r : rows) {
    Parsed p(r.sentence);
    INFO(r.sentence << " | " << p.a.Tagged());
    const auto& v = p.Verb(r.main);
    CHECK(v.tense == r.tense);
    CHECK(v.passive == r.passive);
    CHECK(v.negated == r.negated);
    CHECK(v.infinitive == r.infinitive);
    CHECK(v.gerund == r.gerund);
    CHECK(v.perfect == r.perfect);
    CHECK((v.modal < 0 ? std::string() : std::string(p.a.tokens.Surface(v.modal))) == r.modal);
  }
}

TEST_CASE("chunker: grammatical functions") {
  struct Row {
    const char* sentence;
    const char* functions;  // Parsed::Functions()
  };
  const std::vector<Row> rows = {
      {"Iran supplied drones to Russia.", "supplied: Iran / drones / -; "},
      {"The drones were supplied by Iran.", "supplied: The drones / - / Iran; "},
      {"Drones supplied by Iran hit the city.",
       "supplied: Drones / - / Iran; hit: Drones / the city / -; "},
      // object control and subject control
      {"The European Union urged both sides to respect the truce.",
       "urged: The European Union / both sides / -; respect: both sides / the truce / -; "},
      {"Tehran vowed to continue its cooperation.",
       "vowed: Tehran / - / -; continue: Tehran / its cooperation / -; "},
      // coordination of noun groups and of verb groups
      {"China and Russia blocked the resolution.",
       "blocked: China|Russia / the resolution / -; "},
      {"Azerbaijan denied the accusation and said it had returned fire.",
       "denied: Azerbaijan / the accusation / -; said: Azerbaijan / - / -; returned: it / fire / -; "},
      // relative clauses and apposition
      {"The talks, which were hosted by Switzerland, ended without an agreement.",
       "hosted: The talks / - / Switzerland; ended: The talks / - / -; "},
      {"Linda Thomas-Greenfield, the U.S. ambassador, condemned the strike.",
       "condemned: Linda Thomas-Greenfield / the strike / -; "},
      // a complement clause: the noun group after "said" is the subject of its verb
      {"Officials said the draft called for a withdrawal.",
       "said: Officials / - / -; called: the draft / - / -; "},
      // indirect object
      {"Germany sent Ukraine several batteries.",
       "sent: Germany / several batteries / -; "},
  };
  for (const Row& r : rows) {
    Parsed p(r.sentence);
    INFO(p.a.Tagged());
    CHECK(p.Functions() == r.functions);
  }
}

TEST_CASE("chunker: prepositional phrases attach to the noun or the verb") {
  Parsed p("Iran supplied parts of drones to Russia.");
  INFO(p.a.Tagged());
  REQUIRE(p.c.preps.size() == 2);
  REQUIRE(p.c.preps[0].attach_noun >= 0);
  REQUIRE(p.Noun(p.c.preps[0].attach_noun) == "parts");
  REQUIRE(p.c.preps[1].attach_verb >= 0);
  const auto& v = p.Verb("supplied");
  REQUIRE(v.preps.size() == 1);
  REQUIRE(p.a.tokens.Surface(v.preps[0].prep) == "to");
  REQUIRE(p.Noun(v.preps[0].noun) == "Russia");
  Parsed q("Germany sent Ukraine several batteries.");
  REQUIRE(q.Noun(q.Verb("sent").indirect_object) == "Ukraine");
}

TEST_CASE("chunker: an apposition and a list") {
  Parsed p("Linda Thomas-Greenfield, the U.S. ambassador, spoke.");
  INFO(p.a.Tagged());
  REQUIRE(p.c.nouns.size() == 2);
  REQUIRE(p.c.nouns[1].apposition_of == 0);
  Parsed q("Gangs attacked stations, prisons and the airport.");
  INFO(q.a.Tagged());
  REQUIRE(q.c.nouns.size() == 4);
  REQUIRE(q.c.nouns[1].conjunct == 2);
  REQUIRE(q.c.nouns[2].conjunct == 3);
  REQUIRE(q.c.nouns[2].apposition_of == -1);
}

TEST_CASE("chunker: word classes are data; bad data is refused with its line") {
  auto bad = Chunker::FromText("aux\tbe\nnonsense\tx\n", "test.tsv");
  REQUIRE_FALSE(bad.ok());
  REQUIRE(bad.status().message().find("test.tsv:2") != std::string::npos);
  auto missing = Chunker::Load("/nonexistent");
  REQUIRE_FALSE(missing.ok());
}

// Measured when written: 124 of 152 finite verb groups (81.6 %) get a subject.
constexpr double kSubjectFloor = 0.8;

TEST_CASE("chunker: groups stay inside their sentence and point at existing groups") {
  Annotated a(newsgraph::testing::Slurp(std::string(NEWSGRAPH_TEST_DATA_DIR) + "/nlp/news.txt"));
  Chunks c;
  std::size_t verbs = 0, with_subject = 0;
  for (const auto& s : a.sentences) {
    Shared().Chunk(a.tokens, a.annotation, s, {}, &c);
    auto valid_noun = [&](int32_t g) { return g >= -1 && g < int32_t(c.nouns.size()); };
    for (const auto& n : c.nouns) {
      REQUIRE(n.first >= s.first);
      REQUIRE(n.last <= s.last);
      REQUIRE(n.head >= n.first);
      REQUIRE(n.head < n.last);
      REQUIRE(valid_noun(n.possessor));
      REQUIRE(valid_noun(n.conjunct));
    }
    for (const auto& v : c.verbs) {
      REQUIRE(v.first >= s.first);
      REQUIRE(v.last <= s.last);
      REQUIRE(v.main >= v.first);
      REQUIRE(v.main < v.last);
      REQUIRE(valid_noun(v.object));
      REQUIRE(valid_noun(v.agent));
      for (int32_t g : v.subjects) REQUIRE(valid_noun(g));
      if (v.tense == Tense::kNone) continue;  // finite groups only
      ++verbs;
      with_subject += !v.subjects.empty();
    }
  }
  // Nearly every finite verb group of news prose has a subject.
  INFO(with_subject << " of " << verbs);
  REQUIRE(verbs > 100);
  REQUIRE(double(with_subject) / double(verbs) > kSubjectFloor);
}
