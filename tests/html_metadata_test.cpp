// ChooseMetadata (src/ingest/html_metadata.cpp): which source of title, date
// and publisher wins.
#include <catch2/catch.hpp>

#include "test_support.hpp"

#include "ingest/html_internal.hpp"

using newsgraph::HtmlArticle;
using newsgraph::HtmlRules;
using newsgraph::ingest::ChooseMetadata;
using newsgraph::ingest::PageFacts;

namespace {

HtmlArticle Choose(const PageFacts& facts) {
  HtmlArticle out;
  ChooseMetadata(facts, newsgraph::testing::ShippedHtmlRules(), &out);
  return out;
}

}  // namespace

TEST_CASE("JSON-LD wins over <meta>, which wins over elements") {
  PageFacts f;
  f.json_ld = {R"({"@type": "NewsArticle", "headline": "LD  headline", "datePublished": "2024-01-02",
                  "publisher": {"@type": "Organization", "name": "LD Times"}})"};
  f.meta = {{"og:title", "Meta headline"}, {"og:site_name", "Meta Site"},
            {"article:published_time", "2024-01-01"}};
  f.h1 = "H1 headline";
  f.time_datetime = "2023-12-31";
  HtmlArticle a = Choose(f);
  CHECK(a.title == "LD headline");
  CHECK(a.date == "2024-01-02");
  CHECK(a.source == "LD Times");

  f.json_ld.clear();
  a = Choose(f);
  CHECK(a.title == "Meta headline");
  CHECK(a.date == "2024-01-01");
  CHECK(a.source == "Meta Site");

  f.meta.clear();
  a = Choose(f);
  CHECK(a.title == "H1 headline");
  CHECK(a.date == "2023-12-31");
  CHECK(a.source.empty());
}

TEST_CASE("JSON-LD: @graph, arrays, type ranking, publisher forms") {
  PageFacts f;
  f.json_ld = {
      R"([{"@type": "BreadcrumbList", "name": "crumbs"},
          {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "name": "Page name", "datePublished": "2020-01-01"},
            {"@type": ["Thing", "https://schema.org/NewsArticle"], "headline": ["Graph headline"],
             "datePublished": "2024-05-06T07:08:09Z", "publisher": [{"name": "Array Pub"}]}]}])"};
  HtmlArticle a = Choose(f);
  CHECK(a.title == "Graph headline");
  CHECK(a.date == "2024-05-06T07:08:09Z");
  CHECK(a.source == "Array Pub");
}

TEST_CASE("broken, huge or deeply nested JSON-LD is ignored") {
  PageFacts f;
  f.json_ld = {"{\"@type\": \"NewsArticle\", \"headline\": ",
               std::string(100, '[') + "{\"@type\": \"NewsArticle\", \"headline\": \"deep\"}" +
                   std::string(100, ']')};
  f.title_element = "Title element";
  CHECK(Choose(f).title == "Title element");
}

TEST_CASE("the source falls back to the host, and a site suffix leaves the title") {
  PageFacts f;
  f.meta = {{"og:url", "https://www.news-example.test:443/a/b?c=d"}};
  f.title_element = "Story title | news-example.test";
  HtmlArticle a = Choose(f);
  CHECK(a.source == "news-example.test");
  CHECK(a.title == "Story title");

  PageFacts g;
  g.canonical_url = "http://User@Wire.Example.test/path";
  CHECK(Choose(g).source == "wire.example.test");
}

TEST_CASE("JSON-LD nested ten times the limit is skipped, the next block still read") {
  auto nested = [](const std::string& open, const std::string& close, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += open;
    s += "{\"@type\": \"NewsArticle\", \"headline\": \"deep\"}";
    for (int i = 0; i < n; ++i) s += close;
    return s;
  };
  const std::string good = "{\"@type\": \"NewsArticle\", \"headline\": \"Shallow headline\"}";
  auto deep = GENERATE_COPY(nested("[", "]", 320), nested("{\"a\": ", "}", 320),
                            nested("[", "]", 100000), nested("[", "", 100000),
                            nested("]", "[", 100000));
  PageFacts f;
  f.json_ld = {deep, good};
  f.title_element = "Title element";
  CHECK(Choose(f).title == "Shallow headline");
}
