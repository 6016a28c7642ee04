#include <string>

#include <catch2/catch.hpp>

#include "newsgraph/html.hpp"
#include "test_support.hpp"

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

namespace {

std::string Numbered(const std::string& before, const std::string& after, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += before + std::to_string(i) + after;
  return out;
}

}  // namespace

TEST_CASE("pages nested ten times the limit are refused before gumbo or stay flat") {
  const newsgraph::HtmlLimits limits;
  const int n = 10 * static_cast<int>(limits.max_depth);
  struct Case {
    std::string body;
    const char* refusal;  // nullptr: read (the parser does not nest these)
  };
  auto [body, refusal] = GENERATE_COPY(values<Case>({
      {Repeat("<div>", n), "nested deeper than 2048"},
      {Repeat("<b>", n), "nested deeper than 2048"},
      {Numbered("<font size=", ">", n), "nested deeper than 2048"},
      {"<svg>" + Repeat("<g>", n), "nested deeper than 2048"},
      {Repeat("<ul><li>", n), "nested deeper than 2048"},
      {Repeat("<table><tr><td>", n), "nested deeper than 2048"},
      {Repeat("<p>", n), nullptr},
      {Repeat("<li>", n), nullptr},
      {Repeat("<a href=x>", n), nullptr},
      {Repeat("<nobr>", n), nullptr},
      {Repeat("<button>", n), nullptr},
      {Repeat("<option>", n), nullptr},
      // Misnested formatting: 2000 open <font>s re-created in each of 500
      // paragraphs would be 10x the limit of re-created elements.
      {"<p>" + Numbered("<font size=", ">", 2000) + "x</p>" + Repeat("<p>y</p>", 500),
       "re-create more than 100000 elements"},
      // ... and misnested, unclosed tags re-created in every paragraph.
      {"<div>" + Numbered("<i class=", ">", 1500) + "</div>" + Repeat("<p>y</p>", 700),
       "re-create more than 100000"},
      {"<p><b><i>x</p>" + Repeat("<p>North Korea fired a missile.</p>", 3000), nullptr},
  }));
  std::string page = "<html><body>" + body + "<p>North Korea fired a missile.</p>";
  auto a = newsgraph::ExtractHtml(page, "deep.html", newsgraph::testing::ShippedHtmlRules());
  if (refusal) {
    REQUIRE_FALSE(a.ok());
    CHECK_THAT(a.status().message(), Catch::StartsWith("deep.html: byte offset "));
    CHECK_THAT(a.status().message(), Catch::Contains(refusal));
  } else {
    INFO(a.status().ToString());
    CHECK(a.ok());
  }
}

TEST_CASE("the count of re-created formatting elements follows the parser's list") {
  auto reopened = [](const std::string& html) {
    std::size_t offset = 0;
    return newsgraph::EstimateReopenedFormatting(html, 1000000, &offset);
  };
  CHECK(reopened("<p><b>x</b></p><p>y</p>") == 0);  // closed by its own end tag
  CHECK(reopened("<p><b>x</p><p>y</p><p>z</p>") == 2);  // re-created in each paragraph
  CHECK(reopened("<p><b>x</p><div>") == 0);              // nothing yet: no text
  // Noah's Ark: at most three alike are kept.
  CHECK(reopened("<p>" + Repeat("<b>", 10) + "x</p><p>y</p>") == 3);
  CHECK(reopened("<p>" + Numbered("<b id=", ">", 10) + "x</p><p>y</p>") == 10);
  // An end tag of a formatting element removes it, open or not.
  CHECK(reopened("<p><b>x</p></b><p>y</p>") == 0);
  std::size_t offset = 0;
  CHECK(newsgraph::EstimateReopenedFormatting("<p><b><i>x</p>" + Repeat("<p>y</p>", 10), 5,
                                              &offset) == 6);
  CHECK(offset == 14 + 2 * 8 + 4);  // the end tag after the third paragraph's text
}
