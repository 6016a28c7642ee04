#include "newsgraph/html.hpp"

#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "test_support.hpp"

#include "newsgraph/debris.hpp"
#include "newsgraph/text_normalize.hpp"

using newsgraph::ExtractHtml;
using newsgraph::HtmlArticle;
using newsgraph::HtmlLimits;
using newsgraph::HtmlRules;

namespace {

// What LoadArticle does after ExtractHtml, without the decoding.
std::string Clean(const std::string& text) {
  static const auto debris = newsgraph::DebrisFilter::LoadDir(NEWSGRAPH_SCHEMA_DIR);
  REQUIRE(debris.ok());
  return newsgraph::NormalizeText(debris->RemoveDebrisLines(newsgraph::NormalizeText(text)));
}

HtmlArticle Extract(std::string_view html, const HtmlLimits& limits = {}) {
  auto page = ExtractHtml(html, "page.html", newsgraph::testing::ShippedHtmlRules(), limits);
  INFO(page.status().message());
  REQUIRE(page.ok());
  return page.value();
}

}  // namespace

TEST_CASE("a news page gives its headline and paragraphs, without the furniture") {
  const std::string dir = std::string(NEWSGRAPH_TEST_DATA_DIR) + "/ingest/";
  HtmlArticle page = Extract(newsgraph::testing::Slurp(dir + "news_site.html"));
  CHECK(Clean(page.text) == newsgraph::testing::Slurp(dir + "news_site.txt"));
  CHECK(page.title == "Seoul says Pyongyang shipped more artillery shells to Moscow");
  CHECK(page.date == "2024-03-19T08:30:00+09:00");
  CHECK(page.source == "The Daily Example");
}

TEST_CASE("without <article>, the element with the most paragraph text is the body") {
  const std::string dir = std::string(NEWSGRAPH_TEST_DATA_DIR) + "/ingest/";
  HtmlArticle page = Extract(newsgraph::testing::Slurp(dir + "div_soup.html"));
  CHECK(Clean(page.text) == newsgraph::testing::Slurp(dir + "div_soup.txt"));
  CHECK(page.title == "Drone factory deal draws Western protest");
  CHECK(page.date == "2023-11-02");
  CHECK(page.source == "wire-example.test");  // the host of the canonical address
}

TEST_CASE("itemprop=articleBody wins over a bigger block of text") {
  const char* html =
      "<html><body><div class=c><p>A long comment thread paragraph that says a great many things "
      "about nothing in particular, and goes on and on.</p><p>And another comment paragraph that "
      "is also rather long for what it says.</p></div>"
      "<div itemprop=\"articleBody\"><p>Iran denied sending drones.</p></div></body></html>";
  HtmlArticle page = Extract(html);
  CHECK(Clean(page.text) == "Iran denied sending drones.\n");
}

TEST_CASE("block elements break lines, inline elements and entities become text") {
  struct Case {
    const char* html;
    const char* text;
  };
  auto c = GENERATE(values<Case>({
      {"<body><p>One <b>bold</b> and <a href=x>linked</a> word.</p><p>Two.</p></body>",
       "One bold and linked word.\n\nTwo.\n"},
      {"<body><p>caf&eacute; &amp; &lt;tea&gt; &#x2014; &#169;</p></body>",
       "caf\xC3\xA9 & <tea> \xE2\x80\x94 \xC2\xA9\n"},
      {"<body><p>no&nbsp;break&nbsp;space</p></body>", "no break space\n"},
      {"<body><p>line<br>break</p><ul><li>item one</li><li>item two</li></ul></body>",
       "line\nbreak\n\nitem one\n\nitem two\n"},
      {"<body><div>  spaced \n\n  out  </div><div>next</div></body>", "spaced out\n\nnext\n"},
      {"<body><p>kept</p><script>var x = '<p>no</p>';</script><style>p{}</style>"
       "<noscript>enable js</noscript><!-- a comment --><p>also kept</p></body>",
       "kept\n\nalso kept\n"},
      {"<body><p>shown</p><p hidden>hidden attr</p><p style=\"display: none\">hidden style</p>"
       "<p aria-hidden=\"true\">aria</p></body>",
       "shown\n"},
      {"<body><p>A<span class=\"visually-hidden\"> screen reader</span> text.</p></body>",
       "A text.\n"},
      {"<body><article><p>Body text here.</p><h2>More stories</h2><p>teaser one</p>"
       "<p>teaser two</p></article></body>",
       "Body text here.\n"},
  }));
  CAPTURE(c.html);
  CHECK(Clean(Extract(c.html).text) == c.text);
}

TEST_CASE("class words skip furniture but never the article's containers") {
  const char* html =
      "<body class=\"cookie-banner-visible\"><main class=\"share-enabled\">"
      "<article class=\"has-related\"><p>The text of the story stays.</p>"
      "<div class=\"article__share-tools\">Share</div>"
      "<div class=\"shared-content\"><p>A shared box is not a share box.</p></div>"
      "</article></main></body>";
  CHECK(Clean(Extract(html).text) ==
        "The text of the story stays.\n\nA shared box is not a share box.\n");
}

TEST_CASE("the title line is added when the body has no <h1>, and not twice") {
  const char* with_h1 =
      "<head><meta property=\"og:title\" content=\"Head line\"></head>"
      "<body><article><h1>Head line</h1><p>Body.</p></article></body>";
  CHECK(Clean(Extract(with_h1).text) == "Head line\n\nBody.\n");
  const char* without =
      "<head><title>Head line</title></head><body><article><p>Body.</p></article></body>";
  CHECK(Clean(Extract(without).text) == "Head line\n\nBody.\n");
}

TEST_CASE("deep nesting is refused before parsing, with the offset") {
  std::string deep = "<html><body>";
  for (int i = 0; i < 3000; ++i) deep += "<div>";
  deep += "text";
  auto page = ExtractHtml(deep, "deep.html", newsgraph::testing::ShippedHtmlRules());
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().message().find("deep.html: byte offset ") == 0);
  CHECK(page.status().message().find("nested deeper than 2048") != std::string::npos);

  HtmlLimits limits;
  limits.max_depth = 4000;  // under the limit: parsed, and the walks do not recurse
  CHECK(Clean(Extract(deep, limits).text) == "text\n");
}

TEST_CASE("a page larger than the limit is refused") {
  HtmlLimits limits;
  limits.max_bytes = 100;
  std::string big = "<p>" + std::string(200, 'x') + "</p>";
  auto page = ExtractHtml(big, "big.html", newsgraph::testing::ShippedHtmlRules(), limits);
  REQUIRE_FALSE(page.ok());
  CHECK(page.status().message() ==
        "big.html: HTML page of 207 bytes is larger than the limit of 100 bytes");
}

TEST_CASE("empty rules still leave out scripts and styles") {
  HtmlRules none;
  auto page = ExtractHtml("<p>a</p><script>b</script><style>c</style><p>d</p>", "x.html", none);
  REQUIRE(page.ok());
  CHECK(newsgraph::NormalizeText(page->text) == "a\n\nd\n");
}
