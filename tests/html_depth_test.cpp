#include <string>

#include <catch2/catch.hpp>

#include "newsgraph/html.hpp"

using newsgraph::EstimateHtmlDepth;

namespace {

std::size_t Depth(const std::string& html) {
  std::size_t offset = 0;
  return EstimateHtmlDepth(html, 1000000, &offset);
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("the depth estimate follows nesting and closing") {
  CHECK(Depth("") == 0);
  CHECK(Depth("plain text") == 0);
  CHECK(Depth("<div><div><span>x</span></div></div>") == 3);
  CHECK(Depth("<div></div><div></div><div></div>") == 1);
  // An end tag closes what was opened inside it; a stray one closes nothing.
  CHECK(Depth(Repeat("<div><span></div>", 100)) == 2);
  CHECK(Depth(Repeat("<div></span>", 50)) == 50);
}

TEST_CASE("elements that never nest are not counted") {
  CHECK(Depth(Repeat("<p>para", 1000)) == 0);
  CHECK(Depth(Repeat("<li>item", 1000)) == 0);
  CHECK(Depth(Repeat("<br><img src=x><meta charset=utf-8>", 1000)) == 0);
  CHECK(Depth("<svg>" + Repeat("<path d='M0 0'/>", 1000) + "</svg>") == 1);
}

TEST_CASE("'/>' closes nothing outside SVG and MathML") {
  CHECK(Depth(Repeat("<div/>", 100)) == 100);
}

TEST_CASE("comments, scripts and quoted attributes hide tags") {
  CHECK(Depth("<!--" + Repeat("<div>", 100) + "-->") == 0);
  CHECK(Depth("<script>" + Repeat("<div>", 100) + "</script>") == 0);
  CHECK(Depth("<STYLE>" + Repeat("<div>", 100) + "</Style><div>") == 1);
  CHECK(Depth("<a title='x > <div><div>'>link</a>") == 0);
}

TEST_CASE("the scan stops at the limit and reports the offset") {
  std::string html = "<body>" + Repeat("<b>", 10);
  std::size_t offset = 0;
  CHECK(EstimateHtmlDepth(html, 4, &offset) == 5);
  CHECK(offset == 6 + 4 * 3);
}
