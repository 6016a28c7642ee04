#include "newsgraph/text_normalize.hpp"

#include <catch2/catch.hpp>

using newsgraph::NormalizeText;

TEST_CASE("line ends, spaces and invisible characters are normalized") {
  struct Case {
    const char* in;
    const char* out;
  };
  auto c = GENERATE(values<Case>({
      {"", ""},
      {" \n\t \r\n ", ""},
      {"one\r\ntwo\rthree\n", "one\ntwo\nthree\n"},
      {"a\r\n\r\n\r\n\r\nb", "a\n\nb\n"},
      {"\n\n\nheadline\n\n\n\n\nbody\n\n\n", "headline\n\nbody\n"},
      {"no\xC2\xA0" "break and\xE2\x80\xAFnarrow", "no break and narrow\n"},
      {"tab\tand   runs  of spaces   ", "tab and runs of spaces\n"},
      {"zero\xE2\x80\x8Bwidth jo\xE2\x80\x8Diner \xEF\xBB\xBF" "bom", "zerowidth joiner bom\n"},
      {"soft\xC2\xADhy\xC2\xADphen", "softhyphen\n"},
      {"ctrl\x01\x1A\x7F" "chars \xC2\x85" "c1", "ctrlchars c1\n"},
      {"para\xE2\x80\xA8line\xE2\x80\xA9next", "para\nline\nnext\n"},
      {"bad \xFF byte", "bad byte\n"},
      {"  indented line  \n  second  ", "indented line\nsecond\n"},
  }));
  CAPTURE(c.in);
  CHECK(NormalizeText(c.in) == c.out);
}

TEST_CASE("normalizing twice changes nothing") {
  const char* in = "A\r\n\r\n\xC2\xA0 B\xE2\x80\x8B C\r\rD  \n";
  std::string once = NormalizeText(in);
  CHECK(NormalizeText(once) == once);
}
