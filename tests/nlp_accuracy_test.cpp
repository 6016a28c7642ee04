// Tagging accuracy on text of our own: tests/data/nlp/news.txt (1,499 tokens of
// news English about conflicts and diplomacy, written for newsgraph) against
// tests/data/nlp/news.tagged (Penn tags checked by hand; format in its header).
// Measured when written: 1,450 / 1,499 = 96.7 %. The floor sits just under it.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "nlp_test_support.hpp"
#include "test_support.hpp"

namespace {

constexpr double kAccuracyFloor = 0.965;

struct Gold {
  std::string surface, tag;
};

std::vector<Gold> ReadGold(const std::string& data) {
  std::vector<Gold> out;
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t nl = data.find('\n', pos);
    if (nl == std::string::npos) nl = data.size();
    std::string line = data.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    std::size_t b = 0;
    while (b < line.size()) {
      std::size_t e = line.find(' ', b);
      if (e == std::string::npos) e = line.size();
      std::string item = line.substr(b, e - b);
      std::size_t slash = item.rfind('/');
      REQUIRE(slash != std::string::npos);
      out.push_back({item.substr(0, slash), item.substr(slash + 1)});
      b = e + 1;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("nlp accuracy: tags of our own hand-checked news text") {
  const std::string dir = std::string(NEWSGRAPH_TEST_DATA_DIR) + "/nlp/";
  newsgraph::testing::Annotated a(newsgraph::testing::Slurp(dir + "news.txt"));
  const std::vector<Gold> gold = ReadGold(newsgraph::testing::Slurp(dir + "news.tagged"));
  REQUIRE(gold.size() == a.tokens.tokens.size());
  REQUIRE(gold.size() > 1400);
  std::size_t right = 0;
  std::string errors;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    REQUIRE(a.tokens.Surface(i) == gold[i].surface);
    REQUIRE(newsgraph::nlp::ParsePos(gold[i].tag).has_value());
    std::string got(newsgraph::nlp::PosName(a.annotation.tokens[i].pos));
    if (got == gold[i].tag) {
      ++right;
    } else {
      errors += gold[i].surface + "/" + gold[i].tag + "->" + got + " ";
    }
  }
  double accuracy = double(right) / double(gold.size());
  INFO("accuracy " << accuracy << " (" << right << "/" << gold.size() << "); errors: " << errors);
  CHECK(accuracy >= kAccuracyFloor);
  // The floor must be able to fail: a tagger that says NN everywhere is far below it.
  std::size_t nn = 0;
  for (const Gold& g : gold) nn += g.tag == "NN";
  REQUIRE(double(nn) / double(gold.size()) < kAccuracyFloor);
}
