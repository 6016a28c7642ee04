#include "newsgraph/article.hpp"

#include <string>

#include <catch2/catch.hpp>

#include "test_support.hpp"

using newsgraph::Article;
using newsgraph::IngestOptions;
using newsgraph::LoadArticle;

namespace {

Article Load(std::string_view bytes, std::string_view name = "a.txt") {
  auto a = LoadArticle(bytes, name, newsgraph::testing::ShippedIngestOptions());
  INFO(a.status().message());
  REQUIRE(a.ok());
  return a.value();
}

std::string Error(std::string_view bytes, std::string_view name = "a.txt",
                  const IngestOptions& options = newsgraph::testing::ShippedIngestOptions()) {
  auto a = LoadArticle(bytes, name, options);
  REQUIRE_FALSE(a.ok());
  return a.status().message();
}

std::string Utf16Le(std::string_view ascii) {
  std::string out = "\xFF\xFE";
  for (char c : ascii) {
    out.push_back(c);
    out.push_back('\0');
  }
  return out;
}

}  // namespace

TEST_CASE("plain text: normalized, debris dropped, headline as title") {
  Article a = Load(
      "\xEF\xBB\xBFRussia fires drones at Kharkiv\r\n\r\nAdvertisement\r\n"
      "Russian forces launched\xC2\xA0" "drones at Kharkiv overnight.\r\n\r\nShare this article\r\n");
  CHECK(a.format == "text");
  CHECK(a.encoding == "utf-8");
  CHECK(a.text == "Russia fires drones at Kharkiv\n\nRussian forces launched drones at Kharkiv overnight.\n");
  CHECK(a.title == "Russia fires drones at Kharkiv");
  CHECK(a.name == "a.txt");
  CHECK(a.notes.empty());
}

TEST_CASE("a first line that is a sentence is not a title") {
  CHECK(Load("Iran denied the report.\n\nIt said so twice.\n").title.empty());
  CHECK(Load("One line only").title.empty());
}

TEST_CASE("Windows-1252 text is converted with a note, and UTF-16 too") {
  Article a = Load("Seoul\x92s envoy said \x93no\x94.\n");
  CHECK(a.text == "Seoul\xE2\x80\x99s envoy said \xE2\x80\x9Cno\xE2\x80\x9D.\n");
  CHECK(a.encoding == "windows-1252");
  REQUIRE(a.notes.size() == 1);
  CHECK(a.notes[0].find("Windows-1252") != std::string::npos);

  Article b = Load(Utf16Le("Kyiv said\r\nthe strike failed."));
  CHECK(b.text == "Kyiv said\nthe strike failed.\n");
  CHECK(b.encoding == "utf-16le");
}

TEST_CASE("HTML is detected by content or by name, and gives title, date and source") {
  const char* page =
      "<!doctype html><html><head><title>Strike on port</title>"
      "<meta name=\"date\" content=\"2024-02-03\"><meta property=\"og:site_name\" content=\"Site\">"
      "</head><body><nav>Home</nav><article><p>A missile hit the port.</p>"
      "<p>Share this article</p></article></body></html>";
  Article a = Load(page, "saved.txt");
  CHECK(a.format == "html");
  CHECK(a.text == "Strike on port\n\nA missile hit the port.\n");
  CHECK(a.title == "Strike on port");
  CHECK(a.date == "2024-02-03");
  CHECK(a.source == "Site");

  Article b = Load("Words & more words", "page.HTML");  // no tags, but named .html
  CHECK(b.format == "html");
  CHECK(b.text == "Words & more words\n");

  Article c = Load(Utf16Le("<html><body><p>Sixteen.</p></body></html>"), "w.htm");
  CHECK(c.text == "Sixteen.\n");
}

TEST_CASE("bad input gives a one-line error naming the file") {
  struct Case {
    std::string bytes;
    std::string name;
    std::string message;
  };
  auto c = GENERATE(values<Case>({
      {"", "empty.txt", "empty.txt: empty file"},
      {" \r\n\t\n", "blank.txt", "blank.txt: no article text (only spaces or web debris)"},
      {"Advertisement\nScroll to top\n", "debris.txt",
       "debris.txt: no article text (only spaces or web debris)"},
      {std::string("GIF89a\0\0", 8), "image.txt",
       "image.txt: byte offset 6: binary file (NUL byte); newsgraph reads text and HTML "
       "articles"},
      {"ok\n\x8F", "bad.txt",
       "bad.txt: byte offset 3: invalid UTF-8 byte 0x8F (not Windows-1252 either) near "
       "'ok\\n\x8F'"},
      {"<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
       "g.graphml", "g.graphml: this is a GraphML graph, not an article (see 'newsgraph convert')"},
      {"<?xml version=\"1.0\"?><rss><channel/></rss>", "feed.xml",
       "feed.xml: this is an XML document, not an article"},
      {"<html><body><nav><p>Menu</p></nav><script>x()</script></body></html>", "nav.html",
       "nav.html: no article text in the HTML page"},
  }));
  CHECK(Error(c.bytes, c.name) == c.message);
  CHECK(c.message.find('\n') == std::string::npos);
}

TEST_CASE("inputs past the size and depth limits are refused") {
  IngestOptions small = newsgraph::testing::ShippedIngestOptions();
  small.max_bytes = 1000;
  CHECK(Error(std::string(1001, 'a'), "long.txt", small) ==
        "long.txt: 1001 bytes is larger than the limit of 1000 bytes for one article file");
  small.max_text_bytes = 100;
  std::string page = "<html><body><p>" + std::string(101, 'b') + "</p><script>" +
                     std::string(800, 'c') + "</script></body></html>";
  CHECK(Error(page, "long.html", small) ==
        "long.html: article text of 102 bytes is larger than the limit of 100 bytes; split it");
  std::string deep = "<html><body>";
  for (int i = 0; i < 5000; ++i) deep += "<span>";
  CHECK(Error(deep, "deep.html").find("deep.html: byte offset 12300: HTML elements nested deeper "
                                      "than 2048") == 0);
}

TEST_CASE("the default options come from the schema directory") {
  auto a = LoadArticle("Body.\nAdvertisement\n", "a.txt");
  REQUIRE(a.ok());
  CHECK(a->text == "Body.\n");
}
