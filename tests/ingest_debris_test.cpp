#include "newsgraph/debris.hpp"

#include <catch2/catch.hpp>

using newsgraph::DebrisFilter;

namespace {

DebrisFilter Make(const char* text) {
  auto f = DebrisFilter::Parse(text, "debris.txt");
  INFO(f.status().message());
  REQUIRE(f.ok());
  return f.value();
}

}  // namespace

TEST_CASE("a phrase matches whole lines, ignoring case, spaces and punctuation") {
  DebrisFilter f = Make("# comment\n\nAdvertisement\nShare this article\nRead more*\nWatch:*\n");
  CHECK(f.size() == 4);
  struct Case {
    const char* line;
    bool debris;
  };
  auto c = GENERATE(values<Case>({
      {"Advertisement", true},
      {"  ADVERTISEMENT:  ", true},
      {"\xE2\x80\xBA Share  this article \xC2\xBB", true},
      {"Share this article with friends", false},
      {"Read more", true},
      {"Read more: Seoul summons the envoy", true},
      {"READ MORE \xE2\x86\x92 Another story", true},
      {"Read moreover the report", false},
      {"Watch: the launch video", true},
      {"Watch out for the second test, officials said.", false},
      {"The advertisement ran on state TV.", false},
      {"", false},
  }));
  CAPTURE(c.line);
  CHECK(f.IsDebris(c.line) == c.debris);
}

TEST_CASE("prefix phrases match only short lines") {
  DebrisFilter f = Make("Read more*\n");
  std::string long_line = "Read more about " + std::string(DebrisFilter::kMaxPrefixLine, 'x');
  CHECK_FALSE(f.IsDebris(long_line));
}

TEST_CASE("debris lines are removed wherever they stand") {
  DebrisFilter f = Make("Advertisement\nScroll to top\nSign up for our newsletter*\n");
  CHECK(f.RemoveDebrisLines("Headline\n\nPara one.\nAdvertisement\nPara two.\n\nScroll to top\n"
                            "Sign up for our newsletter for daily news\n") ==
        "Headline\n\nPara one.\nPara two.\n\n");
  CHECK(f.RemoveDebrisLines("no final newline\nAdvertisement") == "no final newline\n");
  CHECK(DebrisFilter().RemoveDebrisLines("Advertisement\n") == "Advertisement\n");
}

TEST_CASE("a phrase without content is refused with its line") {
  auto f = DebrisFilter::Parse("Advertisement\n  :  \n", "debris.txt");
  REQUIRE_FALSE(f.ok());
  CHECK(f.status().message() == "debris.txt:2: empty phrase: '  :  '");
}

TEST_CASE("the shipped debris list loads") {
  auto f = DebrisFilter::LoadDir(NEWSGRAPH_SCHEMA_DIR);
  REQUIRE(f.ok());
  CHECK(f->size() > 50);
  CHECK(f->IsDebris("Scroll to top"));
  CHECK(f->IsDebris("Sign up for our newsletter"));
  CHECK_FALSE(f->IsDebris("North Korea fired a ballistic missile on Monday."));
}
