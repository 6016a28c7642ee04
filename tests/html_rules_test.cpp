#include <catch2/catch.hpp>

#include "newsgraph/html.hpp"

using newsgraph::HtmlRules;
using newsgraph::LooksLikeHtml;

TEST_CASE("the shipped HTML rules load") {
  auto r = HtmlRules::LoadDir(NEWSGRAPH_SCHEMA_DIR);
  INFO(r.status().message());
  REQUIRE(r.ok());
  CHECK_FALSE(r->skip_tags.empty());
  CHECK(r->title_meta.front() == "og:title");
  CHECK(r->article_types.front() == "newsarticle");  // lower-cased for matching
}

TEST_CASE("bad HTML rules name the file and the key") {
  const char* full =
      R"({"skip_tags": ["nav"], "skip_class_words": {"values": ["share"]}, "related_headings": [],
          "title_meta": [], "date_meta": [], "source_meta": [], "url_meta": [],
          "article_types": []})";
  CHECK(HtmlRules::Parse(full, "html.json").ok());
  struct Case {
    const char* json;
    const char* message;
  };
  auto c = GENERATE(values<Case>({
      {"[1, 2", "html.json: not a JSON object"},
      {"{}", "html.json: missing key 'skip_tags'"},
      {R"({"skip_tags": "nav"})", "html.json: skip_tags: expected a list of strings"},
      {R"({"skip_tags": {"list": []}})", "html.json: skip_tags: missing \"values\""},
      {R"({"skip_tags": ["nav", 3]})", "html.json: skip_tags: not a non-empty string: '3'"},
  }));
  auto r = HtmlRules::Parse(c.json, "html.json");
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().message() == c.message);
}

TEST_CASE("HTML is detected by content") {
  struct Case {
    const char* text;
    bool html;
  };
  auto c = GENERATE(values<Case>({
      {"<!DOCTYPE html><html><body>x</body></html>", true},
      {"\n\n  <html lang=en>", true},
      {"<!-- saved from url=(0042)https://example.test/ -->\n<HTML><HEAD>", true},
      {"<div class=story><p>Fragment copied from a page</p></div>", true},
      {"<meta charset=utf-8><title>t</title>", true},
      {"North Korea <b>fired</b> a missile.", false},
      {"<Reuters> Seoul said on Monday", false},
      {"", false},
  }));
  CAPTURE(c.text);
  CHECK(LooksLikeHtml(c.text) == c.html);
}
