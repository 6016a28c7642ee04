#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "io/xml_scan.hpp"

namespace newsgraph::io {
namespace {

std::string Nested(const std::string& name, int levels, const std::string& inner = "x") {
  std::string s;
  for (int i = 0; i < levels; ++i) s += "<" + name + ">";
  s += inner;
  for (int i = 0; i < levels; ++i) s += "</" + name + ">";
  return s;
}

TEST_CASE("ScanElement finds the end of an element over markup that is not tags",
          "[xml_scan]") {
  struct Case {
    std::string text;
    std::size_t end;  // npos: needs more
  };
  auto [text, end] = GENERATE(values<Case>({
      {"<a/>tail", 4},
      {"<a b='>' c=\"/>\">x</a>tail", 21},
      {"<a><!-- </a> --></a>tail", 20},
      {"<a><![CDATA[</a>]]></a>tail", 23},
      {"<a><?pi </a> ?></a>tail", 19},
      {"<a><b/><b></b>< </a>tail", 20},
      {"<a><b>", std::string::npos},
      {"<a><!-- </a>", std::string::npos},
      {"<a><!-", std::string::npos},
      {"<a><![CDA", std::string::npos},
      {"<a b='", std::string::npos},
      {"<a", std::string::npos},
  }));
  ElementScan scan = ScanElement(text, 2, 256);
  INFO(text);
  if (end == std::string::npos) {
    CHECK(scan.outcome == ElementScan::kNeedMore);
  } else {
    REQUIRE(scan.outcome == ElementScan::kComplete);
    CHECK(scan.end == end);
  }
}

TEST_CASE("ScanElement stops at the tag that opens one level too many", "[xml_scan]") {
  // Depth 2 open around it: levels 3 .. 256 are allowed, 257 is not.
  CHECK(ScanElement(Nested("d", 254), 2, 256).outcome == ElementScan::kComplete);
  const std::string deep = Nested("d", 2560);  // ten times the limit
  ElementScan scan = ScanElement(deep, 2, 256);
  REQUIRE(scan.outcome == ElementScan::kTooDeep);
  CHECK(scan.end == 254 * 3);
  CHECK(scan.depth == 257);
  // Tags inside comments and quoted values do not count; empty ones neither.
  std::string flat = "<a>" + std::string(5000, ' ') + "<!--" + Nested("d", 2560) + "-->";
  for (int i = 0; i < 2560; ++i) flat += "<e/>";
  CHECK(ScanElement(flat + "</a>", 0, 4).outcome == ElementScan::kComplete);
}

TEST_CASE("TagLength skips quoted values", "[xml_scan]") {
  CHECK(TagLength("<a>") == 3);
  CHECK(TagLength("<a b=\"x>y\" c='>'/>z") == 18);
  CHECK(TagLength("<a b=\"x>") == std::string::npos);
}

TEST_CASE("XmlWindow reads a stream in blocks and knows lines and columns", "[xml_scan]") {
  const std::string doc = "ab\ncd\xC3\xA9" "f\n\nghij";
  std::size_t block = GENERATE(1, 2, 5, 100);
  std::istringstream in(doc);
  XmlWindow window(in, block);
  CHECK(window.From(0).empty());
  std::size_t keep = 0;
  while (window.ReadMore(keep)) {
    std::string_view read = window.From(keep);
    CHECK(doc.compare(keep, read.size(), read) == 0);
    if (keep < 7 && window.From(7).size() > 0) {
      CHECK(window.Line(7) == 2);
      CHECK(window.Column(7) == 4);  // "cd\u00e9" before it
      keep = 7;                      // forget the first line and a half
    }
  }
  CHECK(window.From(keep) == doc.substr(keep));
  CHECK(window.Line(11) == 4);
  CHECK(window.Column(11) == 2);
  CHECK_FALSE(window.failed());

  XmlWindow whole(doc);
  CHECK(whole.From(3) == doc.substr(3));
  CHECK_FALSE(whole.ReadMore(0));
  whole.Forget(4);
  CHECK(whole.Line(9) == 3);
  CHECK(whole.Column(9) == 1);
}

}  // namespace
}  // namespace newsgraph::io
